import ShiryoXML

/// word/settings.xml, children in CT_Settings order.
enum SettingsPart {
    static func write() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml)
            try w.startRoot("settings")
            try w.empty("zoom", ["percent": "100"])
            try w.empty("proofState", ["spelling": "clean", "grammar": "clean"])
            // Four characters of 10.5 pt, the Japanese default tab stop.
            try w.value("defaultTabStop", 840)
            try w.value("characterSpacingControl", "compressPunctuation")
            try w.element("footnotePr") {
                try w.empty("footnote", ["id": "-1"])
                try w.empty("footnote", ["id": "0"])
            }
            try w.element("compat") {
                // A justified line ending in a manual line break is not stretched.
                try w.empty("doNotExpandShiftReturn")
                try w.empty("compatSetting", [
                    "name": "compatibilityMode", "uri": "http://schemas.microsoft.com/office/word", "val": "15",
                ])
            }
            try w.empty("themeFontLang", ["val": "en-US", "eastAsia": "ja-JP"])
            try w.value("decimalSymbol", ".")
            try w.value("listSeparator", ",")
            try w.end()
        }
    }
}
