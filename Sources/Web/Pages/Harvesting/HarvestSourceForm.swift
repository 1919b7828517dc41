import Accounts
import Consortium
import Foundation
import Harvesting

/// The add and edit form of a harvest source, as posted, checked field by field before anything is stored.
struct HarvestSourceForm: Decodable {
    var baseURL: String?
    var library: String?
    var setSpec: String?
    var prefix: String?
    var intervalHours: String?
    var enabled: String?

    /// Problems by field name (`baseURL`, `library`, `intervalHours`, `prefix`), in the page's language.
    typealias Problems = [String: String]

    /// The form's values as the template shows them again after a refusal.
    var values: [String: Any] {
        [
            "baseURL": baseURL ?? "", "library": library ?? "", "setSpec": setSpec ?? "",
            "prefix": prefix ?? MetadataPrefix.marc21.rawValue, "intervalHours": intervalHours ?? "",
            "enabled": enabled == "true",
        ]
    }

    /// The draft to store for `library` (the chosen one when nil), or the problems found.
    func draft(
        libraries: [Library], principal: Principal, fixedLibrary: String? = nil, _ language: Language
    ) -> Result<HarvestSourceDraft, HarvestFormRefusal> {
        var problems: Problems = [:]
        let url = (baseURL ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !Self.isWebAddress(url) { problems["baseURL"] = Strings.harvest("problem.baseURL", language) }
        let code = (fixedLibrary ?? library ?? "").trimmingCharacters(in: .whitespaces)
        let chosen = libraries.first { $0.code.caseInsensitiveCompare(code) == .orderedSame }
        if chosen.map({ principal.mayManage($0.id) }) != true {
            problems["library"] = Strings.harvest("problem.library", language)
        }
        let hours = Int((intervalHours ?? "").trimmingCharacters(in: .whitespaces))
        if hours.map({ (1...(24 * 366)).contains($0) }) != true {
            problems["intervalHours"] = Strings.harvest("problem.intervalHours", language)
        }
        let format = MetadataPrefix(rawValue: prefix ?? "")
        if format == nil { problems["prefix"] = Strings.harvest("problem.prefix", language) }
        guard problems.isEmpty, let chosen, let hours, let format else { return .failure(HarvestFormRefusal(problems)) }
        return .success(
            HarvestSourceDraft(
                libraryCode: chosen.code, baseURL: url,
                setSpec: (setSpec ?? "").trimmingCharacters(in: .whitespacesAndNewlines), metadataPrefix: format,
                intervalHours: hours, enabled: enabled == "true"))
    }

    /// Whether `text` is an absolute `http` or `https` URL with a host.
    static func isWebAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else { return false }
        return true
    }
}

/// Why a harvest form was not stored: a problem per field, shown next to it and above the form.
struct HarvestFormRefusal: Error {
    var problems: HarvestSourceForm.Problems

    init(_ problems: HarvestSourceForm.Problems) { self.problems = problems }

    /// The problems in the order of the form's fields, for the list above it.
    var ordered: [String] {
        ["baseURL", "library", "setSpec", "prefix", "intervalHours", "confirm", "source"].compactMap { problems[$0] }
    }

    /// The template values: `problems` (a list) and `problem` (by field).
    var values: [String: Any] {
        ["problems": ordered, "hasProblems": !problems.isEmpty, "problem": problems]
    }
}
