import Foundation
import ISO18626

/// Index Data crosslink's ISO 18626 samples (AGPL), read in place from the shared data directory found relative
/// to this file; they are never copied into the repository.
enum CrosslinkSamples {
    /// `…/shared/data/protocol-samples/crosslink/iso18626`, next to the repository checkout.
    static let directory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()  // ISO18626Tests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the checkout
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data/protocol-samples/crosslink/iso18626")

    /// Whether the shared data is beside the checkout (CI puts it there); suites that read it are skipped otherwise.
    static var isPresent: Bool { FileManager.default.fileExists(atPath: directory.path) }

    /// The four samples crosslink's own tests expect to be refused.
    static let invalidNames: Set<String> = [
        "msg-invalid.xml", "reqmsg-invalid-action.xml", "supmsg-invalid-status.xml", "supmsg-invalid-reason.xml",
    ]

    /// The samples whose `requestingAgencyRequestId` is empty.
    static let emptyRequestIDNames = ["reqmsg-no-reqid.xml", "request-no-reqid.xml", "supmsg-no-reqid.xml"]

    /// Every sample file name, sorted.
    static let allNames: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(".xml") }.sorted()

    /// The samples that are valid ISO 18626 v1.2.
    static let validNames: [String] = allNames.filter { !invalidNames.contains($0) }

    /// The bytes of one sample (empty if missing, which the reader refuses, so a missing file fails its test).
    static func bytes(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))) ?? []
    }

    /// The text of one sample.
    static func text(_ name: String) -> String {
        String(decoding: bytes(name), as: UTF8.self)
    }
}

/// Pinakes' own fixtures, bundled with the test target.
enum Fixtures {
    /// The bytes of `Fixtures/<name>`.
    static func bytes(_ name: String) -> [UInt8] {
        let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures").appendingPathComponent(name)
        return url.flatMap { try? [UInt8](Data(contentsOf: $0)) } ?? []
    }
}

extension Result {
    /// The success value, or `nil`.
    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }

    /// The failure, or `nil`.
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

/// `2024-12-12T20:12:00.629Z` and the like, for expectations (the parser is tested separately).
func instant(_ text: String) -> Date {
    ISO18626DateTime.date(from: text) ?? Date.distantPast
}
