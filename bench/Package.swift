// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for issue 5 §5, separate from the root package so ordo-one/benchmark (and its
// malloc interposer) never enter the application's build. Run from this folder:
//   swift package --disable-sandbox benchmark
// Results and the machine they were measured on: RESULTS.md.
let package = Package(
    name: "plein-bench",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "plein", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "PleinBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "PleinRules", package: "plein"),
                .product(name: "PleinScreening", package: "plein"),
            ],
            path: "Benchmarks/PleinBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
