import Foundation

/// Where test data lives: fixtures committed with the tests, and the shared real data beside the checkout.
public enum Fixtures {
    /// The package root (two levels above this file's folder).
    public static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    /// `../shared/data` beside the checkout, when present (CI copies it there).
    public static let sharedData: String? = {
        let path = packageRoot + "/../shared/data"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// A file from the shared data, or nil when the shared folder is absent.
    public static func shared(_ relativePath: String) -> String? {
        sharedData.map { $0 + "/" + relativePath }
    }

    /// The demo records bundled with the app (public-domain LoC and Apache-2.0 solrmarc records).
    public static var demoCentral: String { packageRoot + "/Sources/PinakesApp/Demo/demo-central.mrc" }

    /// Writes `bytes` to a new temporary file and returns its path.
    public static func temporaryFile(_ bytes: [UInt8], name: String = "records.mrc") -> String {
        let path = NSTemporaryDirectory() + UUID().uuidString + "-" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}
