import ShiryoModel
import ShiryoOOXML

/// One shape of a slide, placed, with what it holds.
struct PlacedShape {
    enum Content {
        /// The slide's title placeholder (`ctrTitle` on the cover).
        case title([TextParagraph], cover: Bool)
        /// A body placeholder: `index` 1, or 1 and 2 for two columns.
        case body([TextParagraph], placeholderIndex: Int)
        /// A filled bar with a column's title (令和6年度の取組).
        case columnTitle([TextParagraph])
        /// A text box: the cover's corner, the slide's footnotes, a figure's captions.
        case textBox([TextParagraph], name: String)
        /// A picture, with its description for screen readers.
        case picture(MediaRegistry.Image, description: String)
        /// A dashed frame holding the captions, where the report has no image file.
        case figureFrame([TextParagraph])
        case slideNumber(Int)
    }

    var content: Content
    var frame: Frame
    /// The text size in points of this shape's paragraphs at scale 1.
    var textSize: Double
}

/// A slide as it will be written: its layout and its shapes.
struct SlidePlan {
    var layout: LayoutKind
    var shapes: [PlacedShape]
    var textSize: Double
    /// Relationship ids of the images the slide shows, in order.
    var images: [MediaRegistry.Image] {
        shapes.compactMap { if case .picture(let image, _) = $0.content { image } else { nil } }
    }
}

/// The built-in layouts, in the order the master lists them.
enum LayoutKind: Int, CaseIterable {
    case title = 1, content, twoContent

    var name: String {
        switch self {
        case .title: "Title Slide"
        case .content: "Title and Content"
        case .twoContent: "Two Content"
        }
    }

    /// `ST_SlideLayoutType`, by which a reference deck's layouts are matched too.
    var type: String {
        switch self {
        case .title: "title"
        case .content: "obj"
        case .twoContent: "twoObj"
        }
    }
}
