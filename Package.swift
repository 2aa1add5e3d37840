// swift-tools-version:6.1
import PackageDescription

// Module split (see ARCHITECTURE.md):
//   PleinDomain  – pure domain values (BSN, IBAN, postcode, money, dates). No I/O.
//   PleinRules   – the rules engine: statutory parameters by date and the schemes. No I/O.
//   App          – the Vapor application: persistence, services, pages, API.
//   plein        – the executable: serve, migrate, check, screen, config.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "plein",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "plein", targets: ["plein"]),
        .library(name: "PleinDomain", targets: ["PleinDomain"]),
        .library(name: "PleinRules", targets: ["PleinRules"]),
        .library(name: "PleinScreening", targets: ["PleinScreening"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/vapor/swift-openapi-vapor.git", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        // Already in the graph through Vapor; named here because the SMTP client uses them directly.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        .target(name: "PleinDomain", swiftSettings: swiftSettings),
        .target(name: "PleinRules", dependencies: ["PleinDomain"], exclude: ["README-engine.md"], swiftSettings: swiftSettings),
        .target(name: "PleinScreening", dependencies: ["PleinRules", "PleinDomain"], swiftSettings: swiftSettings),
        .target(
            name: "App",
            dependencies: [
                "PleinDomain",
                "PleinRules",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
            ],
            resources: [.copy("Public"), .copy("Resources"), .copy("openapi.yaml")],
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .executableTarget(
            name: "plein",
            dependencies: [
                "App",
                "PleinRules",
                "PleinScreening",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "PleinDomainTests", dependencies: ["PleinDomain"], swiftSettings: swiftSettings),
        .testTarget(name: "PleinRulesTests", dependencies: ["PleinRules"], swiftSettings: swiftSettings),
        .testTarget(name: "PleinScreeningTests", dependencies: ["PleinScreening"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
