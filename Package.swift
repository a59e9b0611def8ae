// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tutor", targets: ["tutor"]),
        .library(name: "TutorCore", targets: ["TutorCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "TutorCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // A small HTTP client over libcurl, loaded at run time (see Sources/CHTTP/chttp.c).
        .target(name: "CHTTP", linkerSettings: [.linkedLibrary("dl")]),
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .executableTarget(
            name: "tutor",
            dependencies: [
                "TutorCore",
                "CReadline",
                "CHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "TutorCoreTests",
            dependencies: ["TutorCore"],
            // Read from their paths by the tests, not bundled; the FSRS reference script is
            // how the scheduler's expected figures were computed (see its header).
            exclude: ["Support/Fixtures", "Mastery/fsrs_reference.py"]
        ),
        .testTarget(
            name: "TutorCLITests",
            dependencies: ["TutorCore", "tutor"]
        ),
    ]
)
