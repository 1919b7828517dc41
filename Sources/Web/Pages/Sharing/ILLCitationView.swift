import Foundation
import ISO18626
import Sharing

/// The citation a request carries (its ISO 18626 `bibliographicInfo`, `publicationInfo` and `serviceInfo`) as
/// label and value pairs for a request's page: what staff look for on the shelf and what the reader asked for.
enum ILLCitationView {
    /// The pairs given in the request, in the order the request form asks for them.
    static func facts(_ record: ILLRequestRecord, _ language: Language) -> [[String: Any]] {
        guard let request = try? record.request() else { return [] }
        let info = request.bibliographicInfo
        var pairs: [(String, String?)] = info.bibliographicItemIDs.map { ($0.code.value, $0.identifier) }
        pairs += [
            ("edition", info.edition), ("publisher", request.publicationInfo?.publisher),
            ("year", request.publicationInfo?.publicationDate), ("articleTitle", info.titleOfComponent),
            ("articleAuthor", info.authorOfComponent), ("volume", info.volume), ("issue", info.issue),
            ("pages", info.pagesRequested),
            ("needBefore", request.serviceInfo?.needBeforeDate.map(day)),
        ]
        return pairs.compactMap { key, value in
            guard let value = BorrowingForm.given(value) else { return nil }
            let label = key == "ISBN" || key == "ISSN" ? key : Strings.sharing(key, language)
            return ["label": label, "value": value]
        }
    }

    /// `2027-03-01`, the day as the form took it (in UTC).
    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
