// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Pinakes",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pinakes", targets: ["pinakes"]),
        .executable(name: "pinakes-bench", targets: ["pinakes-bench"]),
        .library(name: "MARC", targets: ["MARC"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
    ],
    targets: [
        .target(name: "MARC"),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "XMLTree", dependencies: ["CLibXML2"]),
        .target(
            name: "ProtocolListener",
            dependencies: [
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ISO18626", dependencies: ["CLibXML2", "XMLTree"], exclude: ["Resources/README.md"],
            resources: [.copy("Resources/ISO-18626-v1_2.xsd")]
        ),
        .target(
            name: "Sharing",
            dependencies: [
                "ISO18626", "PinakesCore", "Consortium", "Catalog", "Circulation",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            resources: [.copy("Resources/copyright-rules.json")]
        ),
        .target(
            name: "PinakesCore",
            dependencies: [
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        .target(name: "Consortium", dependencies: ["PinakesCore"]),
        .target(
            name: "Mail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "Catalog",
            dependencies: [
                "MARC", "PinakesCore", "Consortium", .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/holdings-profiles.json")]
        ),
        .target(
            name: "Circulation",
            dependencies: [
                "PinakesCore", "Consortium", "Catalog", "Mail",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            resources: [.copy("Resources/default-policy-matrix.json")]
        ),
        .target(
            name: "Accounts",
            dependencies: [
                "PinakesCore", "Consortium",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Web",
            dependencies: [
                "MARC", "PinakesCore", "Consortium", "Catalog", "Accounts", "Circulation", "Sharing", "ISO18626",
                "Harvesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Templates"), .copy("Static")]
        ),
        .target(
            name: "SIP2",
            dependencies: [
                "PinakesCore", "Consortium", "Catalog", "Circulation", "ProtocolListener",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Z3950",
            dependencies: [
                "PinakesCore", "Consortium", "Catalog", "MARC", "ProtocolListener",
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Harvesting",
            dependencies: [
                "XMLTree", "PinakesCore", "Consortium", "Catalog", "MARC",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "PinakesApp",
            dependencies: [
                "MARC", "PinakesCore", "Consortium", "Catalog", "Accounts", "Circulation", "SIP2", "Mail", "Web",
                "Sharing", "ISO18626", "Z3950", "Harvesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            resources: [.copy("Demo")]
        ),
        .executableTarget(
            name: "pinakes",
            dependencies: [
                "PinakesApp", "MARC", "SIP2", "Circulation", "Mail", "Sharing", "ISO18626", "Z3950", "Harvesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "pinakes-bench",
            dependencies: [
                "MARC", "PinakesApp", "PinakesCore", "Catalog", "Circulation", "Consortium", "Accounts", "SIP2", "Web",
                "Sharing", "ISO18626",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .target(
            name: "PinakesTestSupport",
            dependencies: ["PinakesApp", "PinakesCore", "Consortium", "Catalog", "Accounts", "Mail"],
            path: "Tests/Support"
        ),
        .testTarget(
            name: "SIP2Tests",
            dependencies: [
                "SIP2", "PinakesApp", "PinakesCore", "Consortium", "Catalog", "Circulation", "PinakesTestSupport",
                "MARC",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ISO18626Tests", dependencies: ["ISO18626"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SharingTests", dependencies: ["Sharing", "ISO18626"]),
        .testTarget(
            name: "Z3950Tests",
            dependencies: [
                "Z3950", "PinakesApp", "PinakesCore", "Consortium", "Catalog", "MARC", "PinakesTestSupport",
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "HarvestingTests",
            dependencies: [
                "Harvesting", "PinakesApp", "PinakesCore", "Consortium", "Catalog", "MARC", "PinakesTestSupport",
            ]
        ),
        .testTarget(name: "MARCTests", dependencies: ["MARC"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MailTests", dependencies: ["Mail", "PinakesTestSupport"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "MARC"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CirculationTests", dependencies: ["Circulation", "PinakesCore", "Consortium"]),
        .testTarget(
            name: "StorageTests",
            dependencies: [
                "MARC", "PinakesCore", "Consortium", "Catalog", "Accounts", "Circulation", "Mail", "PinakesApp",
                "PinakesTestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "PinakesApp", "Web", "Harvesting", "PinakesCore", "Consortium", "Catalog", "Accounts",
                "PinakesTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
