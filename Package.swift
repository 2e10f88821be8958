// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Shiryo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shiryo", targets: ["shiryo"]),
        .executable(name: "shiryo-synth", targets: ["shiryo-synth"]),
        .library(name: "ShiryoKit", targets: ["ShiryoKit"]),
        .library(name: "ShiryoModel", targets: ["ShiryoModel"]),
        .library(name: "ShiryoFollowUp", targets: ["ShiryoFollowUp"]),
        .library(name: "ShiryoXML", targets: ["ShiryoXML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
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
        .target(
            name: "ShiryoFollowUp",
            dependencies: ["ShiryoModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ShiryoText", dependencies: ["ShiryoModel", "CICU"]),
        .target(name: "ShiryoXHTML", dependencies: ["ShiryoModel", "ShiryoXML"]),
        .target(
            name: "ShiryoDOCX",
            dependencies: ["ShiryoModel", "ShiryoXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "ShiryoKit", dependencies: ["ShiryoModel", "ShiryoFollowUp", "ShiryoText", "ShiryoXHTML", "ShiryoDOCX"]),
        .executableTarget(
            name: "shiryo",
            dependencies: ["ShiryoKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(
            name: "ShiryoSynthetic",
            dependencies: ["ShiryoFollowUp", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "shiryo-synth",
            dependencies: ["ShiryoSynthetic", "ShiryoKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ShiryoXMLTests", dependencies: ["ShiryoXML", "CLibXML2"]),
        .testTarget(name: "ShiryoModelTests", dependencies: ["ShiryoModel"]),
        .testTarget(
            name: "ShiryoFollowUpTests",
            dependencies: ["ShiryoFollowUp", "ShiryoSynthetic"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ShiryoTextTests", dependencies: ["ShiryoText", "ShiryoModel"],
            // Read and (with RECORD_GOLDEN=1) written in place through #filePath.
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(name: "ShiryoXHTMLTests", dependencies: ["ShiryoXHTML", "ShiryoModel", "ShiryoXML"]),
        .testTarget(name: "ShiryoDOCXTests", dependencies: ["ShiryoDOCX", "ShiryoModel"]),
        .testTarget(name: "ShiryoKitTests", dependencies: ["ShiryoKit", "ShiryoSynthetic"]),
    ],
    swiftLanguageModes: [.v6]
)
