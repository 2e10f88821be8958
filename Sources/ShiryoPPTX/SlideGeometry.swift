/// The slide's size and the frames every layout shares, in EMU.
struct SlideGeometry: Equatable, Sendable {
    var width: Int
    var height: Int

    /// A4 landscape, 297 × 210 mm: the page shape of the genre's 概要.
    static let a4 = SlideGeometry(width: 10_692_000, height: 7_560_000)
    /// 16:9, 13.333 × 7.5 in, PowerPoint's default.
    static let widescreen = SlideGeometry(width: 12_192_000, height: 6_858_000)

    static let emuPerPoint = 12_700

    var margin: Int { width * 360 / 10_692 }
    var contentWidth: Int { width - 2 * margin }

    /// The title across the top of a content slide.
    var title: Frame { Frame(x: margin, y: height * 200 / 7_560, width: contentWidth, height: height * 700 / 7_560) }
    /// Where columns and body text start, under the title.
    var bodyTop: Int { height * 1_000 / 7_560 }
    /// Nothing but the slide number goes below this.
    var contentBottom: Int { height - height * 400 / 7_560 }
    var slideNumber: Frame {
        Frame(x: width - margin - 1_200_000, y: height - height * 370 / 7_560, width: 1_200_000, height: 300_000)
    }
    /// Document number and date, top right of the title slide.
    var corner: Frame { Frame(x: width - margin - 2_700_000, y: height * 180 / 7_560, width: 2_700_000, height: 640_000) }
    var coverTitle: Frame {
        Frame(x: margin, y: height * 1_150 / 7_560, width: contentWidth, height: height * 1_550 / 7_560)
    }
    var coverBodyTop: Int { height * 2_850 / 7_560 }

    var columnGap: Int { 240_000 }
    var columnTitleHeight: Int { 380_000 }
}
