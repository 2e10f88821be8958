import Foundation
import ShiryoModel
import ShiryoOOXML
import ShiryoRendering

/// Renders the 概要 (a `Document` of kind `slides`) as a PowerPoint deck (PresentationML,
/// ECMA-376 transitional) that officials open, edit and present.
///
/// Every slide of the model becomes one slide: the cover with the title, lead and corner,
/// the two titled columns of a goal side by side, the overview and the 総括; footnotes at
/// the foot of the slide that uses them, figures as pictures with their captions. Text is
/// real text: bullets are paragraph properties, every run is Japanese with both a Latin and
/// an East Asian font, and one size per slide is chosen by measuring, so that nothing
/// overflows in PowerPoint, LibreOffice or Google Slides. The output is reproducible.
public struct PPTXRenderer: DocumentRenderer {
    public let formatName = "pptx"
    public let fileExtension = "pptx"
    public let summary = "PowerPoint deck of the 概要 (ja-JP text, real bullets, sizes that fit), A4 landscape or 16:9"
    public var acceptedOptions: [RenderOption] {
        [
            RenderOption(name: "reference-pptx", valueName: "FILE",
                         help: "take the slide size, master, theme and layouts of this .pptx (an office's own deck)"),
            RenderOption(name: "slide-size", valueName: "a4|16:9", help: "the slide size without a reference deck (default a4)"),
            RenderOption(name: "font", valueName: "NAME", help: "the typeface of every run (default Noto Sans CJK JP)"),
            RenderOption(name: "overflow", valueName: "error|continue",
                         help: "a slide too full for 9 pt: an error (default), or continued on slides titled （続き）"),
            DocumentMarkingOptions.draftOption, DocumentMarkingOptions.watermarkOption,
        ]
    }

    public init() {}

    public func supports(_ kind: Document.Kind) -> Bool { kind == .slides }

    /// Checks the options, and reads the reference deck, before any report is loaded.
    public func validate(_ options: RenderOptions) throws {
        let settings = try settings(options)
        _ = try settings.referencePath.map(reference)
    }

    public func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
        output.write(try render(document, context: context))
    }

    func render(_ document: Document, context: RenderContext) throws -> Data {
        guard document.kind == .slides else {
            throw RenderError(format: formatName, message:
                "pptx makes the 概要 (--document summary) only; render the 詳細 with --format docx (or xhtml, pdf)")
        }
        var settings = try settings(context.options)
        let reference = try settings.referencePath.map(reference)
        if let reference { settings.geometry = reference.geometry }
        let slides = document.blocks.map { block -> Slide in
            if case .slide(let slide) = block { return slide }
            return Slide(role: .section, title: [], blocks: [block])
        }
        var media = MediaRegistry(inputDirectory: context.inputDirectory, folder: "ppt/media", fileStem: "shiryo-image")
        let planner = SlidePlanner(geometry: settings.geometry, builder: SlideTextBuilder(accent: settings.style.accent))
        var plans: [SlidePlan] = []
        for (index, slide) in slides.enumerated() {
            do {
                for part in try parts(of: slide, number: index + 1, planner: planner, document: document, media: media,
                                      continues: settings.continues) {
                    plans.append(try planner.plan(part, number: plans.count + 1, document: document, media: &media))
                }
            } catch let error as SlidePlanner.DoesNotFit {
                throw RenderError(format: formatName, message: Self.doesNotFit(error, continues: settings.continues))
            } catch let error as PackageError {
                throw RenderError(format: formatName, message: error.description)
            }
        }
        return try package(plans, document: document, settings: settings, reference: reference, media: media)
    }

    private func package(
        _ plans: [SlidePlan], document: Document, settings: Settings, reference: ReferencePresentation?,
        media: MediaRegistry
    ) throws -> Data {
        typealias Types = PresentationML.ContentType
        typealias Kind = PresentationML.RelationshipType
        var package = PackageBuilder(mainPart: PresentationML.presentationPath)
        let marks = DraftMarks(
            geometry: settings.geometry, fonts: settings.fonts,
            watermark: settings.marking.showsWatermark(document.metadata), stamps: settings.marking.stamps(document.metadata))
        let writer = SlideWriter(fonts: settings.fonts, style: settings.style,
                                 marks: marks.watermark || !marks.stamps.isEmpty ? marks : nil)
        let layoutTargets: [LayoutKind: String]
        if let reference {
            try reference.add(to: &package)
            layoutTargets = reference.layoutTargets
        } else {
            let master = MasterParts(geometry: settings.geometry, fonts: settings.fonts, style: settings.style)
            try package.add(PresentationML.masterPath, try master.master(), contentType: Types.slideMaster)
            try package.addRelationships(of: PresentationML.masterPath, LayoutKind.allCases.map {
                Relationship(id: "rId\($0.rawValue)", type: Kind.slideLayout, target: "../slideLayouts/slideLayout\($0.rawValue).xml")
            } + [Relationship(id: "rId\(LayoutKind.allCases.count + 1)", type: OPC.RelationshipType.theme, target: "../theme/theme1.xml")])
            for layout in LayoutKind.allCases {
                let path = PresentationML.layoutPath(layout.rawValue)
                try package.add(path, try master.layout(layout), contentType: Types.slideLayout)
                try package.addRelationships(of: path, [
                    Relationship(id: "rId1", type: Kind.slideMaster, target: "../slideMasters/slideMaster1.xml"),
                ])
            }
            try package.add(PresentationML.themePath, try ThemePart.write(font: settings.fonts.latin), contentType: OPC.ContentType.theme)
            layoutTargets = Dictionary(uniqueKeysWithValues: LayoutKind.allCases.map {
                ($0, "../slideLayouts/slideLayout\($0.rawValue).xml")
            })
        }
        for (index, plan) in plans.enumerated() {
            let path = PresentationML.slidePath(index + 1)
            try package.add(path, try writer.write(plan), contentType: Types.slide)
            var relationships = [
                Relationship(id: "rId1", type: Kind.slideLayout, target: layoutTargets[plan.layout] ?? "../slideLayouts/slideLayout1.xml"),
            ]
            var seen = Set<String>()
            for image in plan.images where seen.insert(image.relationshipID).inserted {
                relationships.append(Relationship(id: image.relationshipID, type: OPC.RelationshipType.image,
                                                  target: "../media/" + image.fileName))
            }
            try package.addRelationships(of: path, relationships)
        }
        try package.add(media)
        try package.add(PresentationML.presentationPath,
                    try PresentationParts.presentation(slideCount: plans.count, geometry: settings.geometry),
                    contentType: Types.presentation)
        try package.add(PresentationParts.presPropsPath, try PresentationParts.presProps(), contentType: Types.presProps)
        try package.add(PresentationParts.viewPropsPath, try PresentationParts.viewProps(), contentType: Types.viewProps)
        try package.add(PresentationParts.tableStylesPath, try PresentationParts.tableStyles(), contentType: Types.tableStyles)
        try package.addRelationships(of: PresentationML.presentationPath, [
            Relationship(id: "rId1", type: Kind.slideMaster, target: "slideMasters/slideMaster1.xml"),
            Relationship(id: "rIdTheme", type: OPC.RelationshipType.theme, target: "theme/theme1.xml"),
            Relationship(id: "rIdPresProps", type: Kind.presProps, target: "presProps.xml"),
            Relationship(id: "rIdViewProps", type: Kind.viewProps, target: "viewProps.xml"),
            Relationship(id: "rIdTableStyles", type: Kind.tableStyles, target: "tableStyles.xml"),
        ] + plans.indices.map {
            Relationship(id: PresentationParts.slideRelationshipID($0 + 1), type: Kind.slide, target: "slides/slide\($0 + 1).xml")
        })
        var properties = document.metadata
        properties.isDraft = settings.marking.isDraft(document.metadata)
        return try package.zip(metadata: properties, appCounts: ["Slides": plans.count])
    }

    /// The slide, or with overflow=continue the slides it continues on when it is too full.
    private func parts(
        of slide: Slide, number: Int, planner: SlidePlanner, document: Document, media: MediaRegistry, continues: Bool
    ) throws -> [Slide] {
        func fits(_ slide: Slide) -> Bool {
            var scratch = media
            return (try? planner.plan(slide, number: number, document: document, media: &scratch,
                                      sizes: [SlidePlanner.smallestSize])) != nil
        }
        guard continues, !fits(slide) else { return [slide] }
        guard let parts = SlideSplitter(fits: fits).split(slide) else {
            throw SlidePlanner.DoesNotFit(slideNumber: number, slide: slide)
        }
        return parts
    }

    private func reference(_ path: String) throws -> ReferencePresentation {
        do {
            return try ReferencePresentation.load(path: path)
        } catch let failure as RenderFailure {
            throw RenderError(format: formatName, message: failure.description)
        }
    }

    static func doesNotFit(_ error: SlidePlanner.DoesNotFit, continues: Bool) -> String {
        let title = [error.slide.number, error.slide.title.plainText].compactMap { $0 }.joined()
        let source = error.slide.source.map { " (\($0))" } ?? ""
        let remedy = continues
            ? "one of its paragraphs is longer than a whole slide; shorten it"
            : "shorten its text, move some of it to the 詳細, or continue it on more slides with --option overflow=continue"
        return "slide \(error.slideNumber)\(source) 「\(title)」 does not fit at \(Int(SlidePlanner.smallestSize)) pt, "
            + "the smallest readable size; " + remedy
    }

    // MARK: Options

    struct Settings {
        var geometry: SlideGeometry
        var fonts: SlideFonts
        var style = DeckStyle()
        var referencePath: String?
        /// overflow=continue: a too-full slide continues on the next ones.
        var continues = false
        /// draft and watermark (slides have no contents list, so pptx does not read toc).
        var marking = DocumentMarkingOptions()
    }

    private func settings(_ options: RenderOptions) throws -> Settings {
        let size = try options.choice("slide-size", default: "a4", among: ["a4", "16:9"], format: formatName)
        var fonts = SlideFonts.standard
        if let font = options["font"] {
            guard !font.isEmpty, !font.contains(where: { $0.isNewline }) else {
                throw RenderError(format: formatName, message: "option font=\(font): expected a typeface name")
            }
            fonts = SlideFonts(latin: font, eastAsian: font)
        }
        let overflow = try options.choice("overflow", default: "error", among: ["error", "continue"], format: formatName)
        return Settings(geometry: size == "16:9" ? .widescreen : .a4, fonts: fonts, referencePath: options["reference-pptx"],
                        continues: overflow == "continue",
                        marking: try DocumentMarkingOptions(options, format: formatName))
    }
}
