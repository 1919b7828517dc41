import Foundation
import ISO18626

extension BorrowingForm {
    /// Empty strings count as not given.
    public static func given(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// What is wrong with the form, each naming its field; empty when it can be sent.
    var problems: [String] {
        var found: [String] = []
        if Self.given(title) == nil { found.append("title: give the title of the book or journal") }
        if service == .copy, Self.given(articleTitle) == nil, Self.given(pages) == nil {
            found.append("articleTitle or pages: say which part to copy")
        }
        if let isbn = Self.given(isbn), StandardNumber.isbn(isbn) == nil {
            found.append("isbn: \(isbn) is not a valid ISBN")
        }
        if let issn = Self.given(issn), StandardNumber.issn(issn) == nil {
            found.append("issn: \(issn) is not a valid ISSN")
        }
        if let date = Self.given(needBefore), Self.day(date) == nil {
            found.append("needBefore: \(date) is not a date like 2027-03-01")
        }
        return found
    }

    static func day(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text)
    }

    /// The ISO 18626 `request` this form becomes (re-addressed to each lender when sent).
    func request(
        from agency: AgencyID, requestID: String, patron: String, pickup: PhysicalAddress, compliance: String?,
        at: Date
    ) -> ILLRequest {
        var ids: [BibliographicItemID] = []
        if let isbn = Self.given(isbn).flatMap(StandardNumber.isbn) {
            ids.append(BibliographicItemID(identifier: isbn, code: SchemeValue(value: "ISBN")))
        }
        if let issn = Self.given(issn).flatMap(StandardNumber.issn) {
            ids.append(BibliographicItemID(identifier: issn, code: SchemeValue(value: "ISSN")))
        }
        let service = service ?? .loan
        return ILLRequest(
            header: MessageHeader(
                supplyingAgency: agency, requestingAgency: agency, timestamp: at, requestingAgencyRequestID: requestID),
            bibliographicInfo: BibliographicInfo(
                supplierUniqueRecordID: nil, title: Self.given(title), author: Self.given(author),
                edition: Self.given(edition), titleOfComponent: Self.given(articleTitle),
                authorOfComponent: Self.given(articleAuthor), volume: Self.given(volume), issue: Self.given(issue),
                pagesRequested: Self.given(pages), bibliographicItemIDs: ids),
            publicationInfo: PublicationInfo(
                publisher: Self.given(publisher),
                publicationType: SchemeValue(value: service == .copy && Self.given(issn) != nil ? "Journal" : "Book"),
                publicationDate: Self.given(year)),
            serviceInfo: ServiceInfo(
                requestType: .new, requestSubTypes: [.patronRequest], serviceType: service,
                needBeforeDate: Self.given(needBefore).flatMap(Self.day),
                copyrightCompliance: compliance.map { SchemeValue(value: $0) }, anyEdition: true,
                note: Self.given(note)),
            requestedDeliveryInfo: [RequestedDeliveryInfo(sortOrder: 1, address: .physical(pickup))],
            patronInfo: PatronInfo(patronID: patron))
    }
}
