import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ShiryoFollowUp
import ShiryoModel
import ShiryoOOXML
@testable import ShiryoPPTX
import ShiryoRendering
import Testing

/// Paths of the package, found from this file so tests run from any working directory.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sampleNames = ["kansensho-kihon-senryaku", "amr-action-plan"]

    static func summary(_ sample: String) throws -> Document {
        let report = try ReportLoader().load(path: url.appendingPathComponent("samples/\(sample)").path)
        return FollowUpDocument.summary.assemble(report)
    }
}

func render(_ document: Document, options: [String: String] = [:], input: URL? = nil) throws -> Data {
    Data(try PPTXRenderer().renderBytes(document, context: RenderContext(inputDirectory: input, options: RenderOptions(options))))
}

func parts(_ data: Data) throws -> [String: Data] {
    try PackageReader.parts(of: data)
}

/// The slide parts in slide order.
func slideParts(_ parts: [String: Data]) throws -> [XMLNode] {
    let count = parts.keys.filter { $0.hasPrefix("ppt/slides/slide") && $0.hasSuffix(".xml") }.count
    return try stride(from: 1, through: count, by: 1).map { try XMLNode.parse(#require(parts["ppt/slides/slide\($0).xml"])) }
}

/// A parsed XML element with qualified names (the prefixes we write), for assertions.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLNode] = []
    fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// Every descendant (and self) named `name`, in document order.
    func all(_ name: String) -> [XMLNode] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    func first(_ name: String) -> XMLNode? { all(name).first }

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// The text of every `a:t` inside, joined.
    var allText: String { all("a:t").map(\.text).joined() }

    static func parse(_ data: Data) throws -> XMLNode {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw XMLParseFailure(message: parser.parserError.map { "\($0)" } ?? "no root")
        }
        return root
    }

    struct XMLParseFailure: Error { var message: String }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = XMLNode(name: elementName, attributes: attributeDict)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// A 1×1 PNG.
let tinyPNG = Data([
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
])

/// A deck of one cover and one two-column slide with every kind of list, a note, a
/// footnote and two figures (one with an image, one without).
func richSlides(image: String? = "photo.png") -> Document {
    func list(_ style: ListStyle, _ texts: [String]) -> Block {
        .list(ListBlock(style: style, items: texts.map { [.paragraph([.text($0)])] }))
    }
    let cover = Slide(role: .title, title: [.text("フォローアップ（概要）")], blocks: [
        list(.circle, ["各府省庁の取組状況を整理したもの。", "本資料は、令和7年3月31日時点のものである。"]),
    ])
    let section = Slide(
        role: .section, title: [.text("感染症対策")], number: "１．",
        blocks: [.columns([
            Column(title: [.text("令和６年度の取組")], blocks: [
                .heading(Heading(level: 3, number: "（１）", content: [.text("国際貢献"), .text("（外務省）")])),
                .list(ListBlock(style: .bullet, items: [[.paragraph([
                    .text("PPR"), .footnoteReference(FootnoteReference(id: "PPR", label: "*1")), .strong([.text("の強化")]),
                ])]])),
                list(.fullwidthParenthesized, ["一つ目", "二つ目"]),
                list(.circled, ["まる"]),
                list(.katakana, ["項目その一", "項目その二"]),
                list(.decimal, ["数字"]),
                .figure(Figure(image: image, caption: [.text("会合の様子")], credit: [.text("（提供：外務省）")])),
            ]),
            Column(title: [.text("令和７年度以降の目標")], blocks: [
                .paragraph([.text("継続する。")]),
                .note(Note(content: [.text("注記の文。")])),
                .figure(Figure(caption: [.text("概念図")])),
            ]),
        ])],
        footnotes: [FootnoteDefinition(id: "PPR", label: "*1", content: [.text("パンデミックの予防、備え、対応")])],
        anchor: "goal-1", source: "goals[0]")
    return Document(
        kind: .slides,
        metadata: Metadata(title: "フォローアップ（概要）", documentNumber: "資料１－１", dateText: "令和８年〇月〇日",
                           asOfText: "本資料は、令和7年3月31日時点のものである。", identifier: "summary"),
        blocks: [.slide(cover), .slide(section)])
}

/// A folder holding photo.png, removed by the caller.
func folderWithImage() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-pptx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try tinyPNG.write(to: folder.appendingPathComponent("photo.png"))
    return folder
}
