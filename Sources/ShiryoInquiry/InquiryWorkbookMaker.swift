import Foundation
import ShiryoFollowUp
import ShiryoXLSX

/// Where the answers go and by when, printed on the instructions sheet.
package struct InquiryContact: Sendable, Equatable {
    package var deadline: String?
    package var contact: String?

    package init(deadline: String? = nil, contact: String? = nil) {
        self.deadline = deadline
        self.contact = contact
    }
}

/// Makes the inquiry workbook (照会様式) of one ministry from the layout.
package struct InquiryWorkbookMaker {
    package let layout: InquiryLayout
    package let contact: InquiryContact

    package init(layout: InquiryLayout, contact: InquiryContact = InquiryContact()) {
        self.layout = layout
        self.contact = contact
    }

    /// The label of the instructions row that holds the ministry id; merge reads it back.
    package static let ministryCodeLabel = "府省庁コード（変更しないでください）"

    package func workbook(for ministry: String) -> Workbook {
        let report = layout.report
        let name = report.ministries.name(of: ministry) ?? ministry
        let sheets = [instructions(ministry: ministry, name: name)]
            + [InquirySheet.actions, .nextYear, .indicators].map { dataSheet($0, ministry: ministry) }
        return Workbook(title: "\(report.plan.name) \(layout.yearLabel) フォローアップ照会様式（\(name)）", sheets: sheets)
    }

    package func data(for ministry: String) throws -> Data {
        try WorkbookWriter.write(workbook(for: ministry))
    }

    private func instructions(ministry: String, name: String) -> Worksheet {
        let report = layout.report
        let year = layout.yearLabel
        let next = layout.nextYearLabel
        func row(_ label: String, _ value: String) -> [Cell?] {
            [Cell(label, style: .header), Cell(value, style: .locked)]
        }
        var rows: [[Cell?]] = [
            [Cell("「\(report.plan.name)」\(year)フォローアップ 照会様式", style: .title)],
            [],
            row("府省庁", name),
            row(Self.ministryCodeLabel, ministry),
            row("対象年度", "\(year)（\(report.fiscalYear)年4月〜\(report.fiscalYear + 1)年3月）"),
            row("提出期限", contact.deadline ?? "（別途連絡します）"),
            row("連絡先", contact.contact ?? report.issuer ?? "（別途連絡します）"),
            [],
            [Cell("記入方法", style: .header), Cell("", style: .header)],
        ]
        let steps = [
            "黄色のセルだけに記入してください。灰色のセル（識別番号、目標、戦略、評価指標、前年度実績など）は変更しないでください。",
            "行・列・シートの追加、削除、並べ替えはしないでください。シート名とファイル名も変えずに返送してください。行が足りないときは連絡先にご相談ください。",
            "「取組」シート：\(year)に実施した取組を、1行に1つずつ記入してください。使わない行は空欄のままにしてください。",
            "「取組」シートの「総括に掲載（○）」欄：総括のスライドにも載せたい取組に「○」を選んでください。「総括用の短い文」を書くと、総括にはその文が載ります。",
            "「次年度」シート：\(next)以降の目標を1行に1つずつ、取組方針を1つのセルに記入してください。",
            "「指標」シート：今年度実績を、単位を含めて記入してください（例：25.9%、379,288件）。前年度実績は参考です。",
            "「今年度実績の形式」欄：文章か箇条書きかを選んでください。箇条書きはセル内で改行（Alt+Enter）して1項目を1行に書きます。",
            "強調したい語句は **語句** のように、脚注は [^脚注名] のように書けます。記号の * や [ をそのまま書くときは \\* 、\\[ と書きます。",
            "数字や日付を書いたセルが数値や日付に変わらないよう、記入欄は文字列の書式にしてあります。そのままご記入ください。",
            "同じ戦略・指標を複数の府省庁が担当するときは、同じ内容になるよう調整のうえ記入してください。",
        ]
        for (index, step) in steps.enumerated() {
            rows.append([Cell(String(index + 1), style: .locked), Cell(step, style: .note)])
        }
        return Worksheet(
            name: InquirySheet.instructions.rawValue,
            columns: [Column(width: 30), Column(width: 100)], rows: rows, isProtected: true)
    }

    private func dataSheet(_ sheet: InquirySheet, ministry: String) -> Worksheet {
        let columns = layout.columns(sheet)
        let layoutRows = layout.rows(sheet, for: ministry)
        var rows: [[Cell?]] = [columns.map { Cell($0.header, style: .header) }]
        for layoutRow in layoutRows {
            rows.append(zip(columns, layoutRow.cells).map { column, text in
                Cell(text, style: column.role.isInput ? .input : .locked)
            })
        }
        var validations: [ListValidation] = []
        if !layoutRows.isEmpty {
            for (index, column) in columns.enumerated() {
                guard case .input(let choices?) = column.role else { continue }
                validations.append(ListValidation(
                    firstCell: CellReference(column: index + 1, row: 2),
                    lastCell: CellReference(column: index + 1, row: layoutRows.count + 1),
                    values: choices, prompt: "次から選んでください：" + choices.joined(separator: "、") + "（空欄も可）"))
            }
        }
        return Worksheet(
            name: sheet.rawValue,
            columns: columns.map { Column(width: $0.width) },
            rows: rows, frozenRows: 1, validations: validations, isProtected: true)
    }
}
