// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Shiryo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shiryo", targets: ["shiryo"]),
        .executable(name: "shiryo-synth", targets: ["shiryo-synth"]),
        .executable(name: "shiryo-fuzz-loader", targets: ["shiryo-fuzz-loader"]),
        .executable(name: "shiryo-fuzz-render", targets: ["shiryo-fuzz-render"]),
        .library(name: "ShiryoKit", targets: ["ShiryoKit"]),
        .library(name: "ShiryoRendering", targets: ["ShiryoRendering"]),
        .library(name: "ShiryoCommandLine", targets: ["ShiryoCommandLine"]),
        .library(name: "ShiryoModel", targets: ["ShiryoModel"]),
        .library(name: "ShiryoFollowUp", targets: ["ShiryoFollowUp"]),
        .library(name: "ShiryoXML", targets: ["ShiryoXML"]),
        .plugin(name: "GenerateDocuments", targets: ["GenerateDocuments"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // Only for `swift package generate-documentation`; nothing links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "ShiryoXML", dependencies: ["CLibXML2"]),
        // ICU from the system (Debian: libicu-dev) for UAX #14 line breaking in ShiryoText.
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]),
        .target(name: "ShiryoModel"),
        // templates/ built into the library by the EmbedTemplates plugin.
        .target(name: "ShiryoTemplates", plugins: ["EmbedTemplates"]),
        .executableTarget(name: "shiryo-embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["shiryo-embed-templates"]),
        // The public renderer API: what every format, built in or not, implements.
        .target(name: "ShiryoRendering", dependencies: ["ShiryoModel", "ShiryoTemplates"]),
        .target(
            name: "ShiryoFollowUp",
            dependencies: ["ShiryoModel", "CShiryoMalloc", .product(name: "Yams", package: "Yams")]
        ),
        // glibc's malloc_trim: a large report's freed memory goes back to the system.
        .systemLibrary(name: "CShiryoMalloc"),
        // shiryo lint: 公用文 notation checks on the loaded report's texts, located in the file.
        .target(name: "ShiryoLint", dependencies: ["ShiryoFollowUp"]),
        .target(name: "ShiryoText", dependencies: ["ShiryoModel", "ShiryoRendering", "CICU"]),
        .target(name: "ShiryoXHTML", dependencies: ["ShiryoModel", "ShiryoRendering", "ShiryoXML"]),
        // The Open Packaging Conventions layer every Office format shares: parts, content
        // types, relationships, properties, theme, media and the reproducible zip.
        // zlib from the system (Debian: zlib1g-dev) deflates parts as they are written; the
        // zip library only reads packages.
        .systemLibrary(name: "CShiryoZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(
            name: "ShiryoOOXML",
            dependencies: ["ShiryoModel", "ShiryoXML", "CShiryoZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "ShiryoDOCX", dependencies: ["ShiryoModel", "ShiryoRendering", "ShiryoXML", "ShiryoOOXML"]),
        .target(name: "ShiryoPPTX", dependencies: ["ShiryoModel", "ShiryoRendering", "ShiryoXML", "ShiryoOOXML"]),
        // SpreadsheetML on the same package layer: workbooks to write (forms people fill in)
        // and a streaming reader over libxml2's xmlTextReader.
        .target(name: "ShiryoXLSX", dependencies: ["ShiryoModel", "ShiryoXML", "ShiryoOOXML", "CLibXML2"]),
        // The 照会 round trip: workbooks out to each ministry, their answers merged back,
        // next year rolled over.
        .target(name: "ShiryoInquiry", dependencies: ["ShiryoFollowUp", "ShiryoXLSX"]),
        .target(
            name: "ShiryoKit",
            dependencies: [
                "ShiryoModel", "ShiryoRendering", "ShiryoFollowUp", "ShiryoText", "ShiryoXHTML", "ShiryoDOCX", "ShiryoPPTX",
            ]
        ),
        // The command line as a library, so a package that adds formats ships its own
        // shiryo-compatible tool (Examples/MarkdownFormat).
        .target(
            name: "ShiryoCommandLine",
            dependencies: ["ShiryoKit", "ShiryoLint", "ShiryoInquiry", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "shiryo", dependencies: ["ShiryoCommandLine", "ShiryoKit"]),
        .plugin(
            name: "GenerateDocuments",
            capability: .command(
                intent: .custom(
                    verb: "generate-documents",
                    description: "Render reports (all of samples/ by default) in every format into output/"),
                permissions: [.writeToPackageDirectory(reason: "The documents are written into the package's output/ folder.")]
            ),
            dependencies: ["shiryo"]
        ),
        .target(
            name: "ShiryoSynthetic",
            dependencies: ["ShiryoFollowUp", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "shiryo-synth",
            dependencies: ["ShiryoSynthetic", "ShiryoKit", "ShiryoRendering", "ShiryoLint", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ShiryoXMLTests", dependencies: ["ShiryoXML", "CLibXML2"]),
        .testTarget(name: "ShiryoModelTests", dependencies: ["ShiryoModel"]),
        .testTarget(
            name: "ShiryoFollowUpTests",
            dependencies: ["ShiryoFollowUp", "ShiryoSynthetic"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ShiryoTextTests", dependencies: ["ShiryoText", "ShiryoModel", "ShiryoRendering", "ShiryoSynthetic"],
            // Read and (with RECORD_GOLDEN=1) written in place through #filePath.
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(name: "ShiryoXHTMLTests", dependencies: ["ShiryoXHTML", "ShiryoModel", "ShiryoRendering", "ShiryoXML"]),
        .testTarget(name: "ShiryoDOCXTests", dependencies: ["ShiryoDOCX", "ShiryoOOXML", "ShiryoModel", "ShiryoRendering"]),
        .testTarget(
            name: "ShiryoPPTXTests",
            dependencies: ["ShiryoPPTX", "ShiryoOOXML", "ShiryoModel", "ShiryoRendering", "ShiryoSynthetic", "ShiryoFollowUp"]
        ),
        .testTarget(name: "ShiryoRenderingTests", dependencies: ["ShiryoRendering", "ShiryoModel"]),
        .testTarget(name: "ShiryoLintTests", dependencies: ["ShiryoLint", "ShiryoFollowUp", "ShiryoSynthetic"], exclude: ["Fixtures"]),
        .testTarget(name: "ShiryoXLSXTests", dependencies: ["ShiryoXLSX", "ShiryoOOXML"]),
        .testTarget(
            name: "ShiryoInquiryTests",
            dependencies: ["ShiryoInquiry", "ShiryoXLSX", "ShiryoFollowUp", "ShiryoKit", "ShiryoSynthetic", "ShiryoOOXML",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "ShiryoKitTests", dependencies: ["ShiryoKit", "ShiryoRendering", "ShiryoSynthetic"]),
        // Fuzzing (scripts/fuzz.sh): the harnesses, and two executables that are libFuzzer
        // targets when built with -sanitize=fuzzer -DSHIRYO_FUZZING, and replay saved inputs otherwise.
        .target(
            name: "ShiryoFuzzing",
            dependencies: ["ShiryoKit", "ShiryoFollowUp", "ShiryoModel", "ShiryoRendering", "ShiryoXML",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(name: "shiryo-fuzz-loader", dependencies: ["ShiryoFuzzing"]),
        .executableTarget(name: "shiryo-fuzz-render", dependencies: ["ShiryoFuzzing"]),
        .testTarget(name: "ShiryoFuzzingTests", dependencies: ["ShiryoFuzzing"], exclude: ["Regressions"]),
    ],
    swiftLanguageModes: [.v6]
)
