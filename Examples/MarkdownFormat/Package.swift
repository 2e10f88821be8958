// swift-tools-version: 6.1
// A format added from outside Shiryo: this package depends on Shiryo's public products only,
// adds a `markdown` renderer and ships `shiryo-markdown`, the shiryo tool with that format
// among the built-in ones.
import PackageDescription

let package = Package(
    name: "MarkdownFormat",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ShiryoMarkdown", targets: ["ShiryoMarkdown"]),
        .executable(name: "shiryo-markdown", targets: ["shiryo-markdown"]),
    ],
    dependencies: [
        // In a package of your own: .package(url: "https://…/shiryo", from: "…").
        .package(name: "Shiryo", path: "../.."),
    ],
    targets: [
        // The format: needs only the model and the renderer protocol.
        .target(
            name: "ShiryoMarkdown",
            dependencies: [
                .product(name: "ShiryoModel", package: "Shiryo"),
                .product(name: "ShiryoRendering", package: "Shiryo"),
            ]
        ),
        // The tool: the whole shiryo command line with one more format registered.
        .executableTarget(
            name: "shiryo-markdown",
            dependencies: [
                "ShiryoMarkdown",
                .product(name: "ShiryoKit", package: "Shiryo"),
                .product(name: "ShiryoCommandLine", package: "Shiryo"),
            ]
        ),
        .testTarget(
            name: "ShiryoMarkdownTests",
            dependencies: [
                "ShiryoMarkdown",
                .product(name: "ShiryoModel", package: "Shiryo"),
                .product(name: "ShiryoRendering", package: "Shiryo"),
                .product(name: "ShiryoFollowUp", package: "Shiryo"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
