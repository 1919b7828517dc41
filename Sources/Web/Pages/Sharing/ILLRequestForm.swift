import ISO18626
import Sharing

/// The interlibrary request form as posted (every field text, so what the reader typed comes back unchanged
/// when the request is refused), and its fields as the template lists them.
struct ILLRequestForm: Decodable {
    var card: String?
    var cluster: String?
    var openURL: String?
    var service: String?
    var title: String?
    var author: String?
    var isbn: String?
    var issn: String?
    var publisher: String?
    var year: String?
    var edition: String?
    var articleTitle: String?
    var articleAuthor: String?
    var volume: String?
    var issue: String?
    var pages: String?
    var pickup: String?
    var needBefore: String?
    var note: String?

    /// What the sharing desk receives; a field left empty in the browser is not given at all (the copyright
    /// check tells a journal from a book by whether an ISSN is given).
    var borrowingForm: BorrowingForm {
        let given = BorrowingForm.given
        return BorrowingForm(
            card: given(card), cluster: given(cluster).flatMap { Int64($0) }, openURL: given(openURL),
            service: given(service).flatMap(ServiceType.init(rawValue:)), title: given(title), author: given(author),
            isbn: given(isbn), issn: given(issn), publisher: given(publisher), year: given(year),
            edition: given(edition), articleTitle: given(articleTitle), articleAuthor: given(articleAuthor),
            volume: given(volume), issue: given(issue), pages: given(pages), pickup: given(pickup),
            needBefore: given(needBefore), note: given(note))
    }

    /// The fields describing the book or journal.
    static let citationFields = ["title", "author", "isbn", "issn", "publisher", "year", "edition"]

    /// The fields saying which part of it to copy.
    static let copyFields = ["articleTitle", "articleAuthor", "volume", "issue", "pages"]

    /// The text typed in the field called `name`.
    func text(of name: String) -> String? {
        switch name {
        case "title": return title
        case "author": return author
        case "isbn": return isbn
        case "issn": return issn
        case "publisher": return publisher
        case "year": return year
        case "edition": return edition
        case "articleTitle": return articleTitle
        case "articleAuthor": return articleAuthor
        case "volume": return volume
        case "issue": return issue
        case "pages": return pages
        default: return nil
        }
    }

    /// One group of text fields for the template: name, label, value, and the problem found with it.
    func fields(_ names: [String], problems: [String: String], _ language: Language) -> [[String: Any]] {
        names.map { name in
            [
                "name": name, "value": text(of: name) ?? "", "problem": problems[name] ?? "",
                "label": Strings.sharing(name == "title" ? "titleField" : name, language),
                "numeric": name == "year" || name == "volume" || name == "issue",
            ] as [String: Any]
        }
    }

    /// Everything the form template shows, with the entered values and the problems next to their fields.
    func values(problems: ILLFormProblems, _ language: Language) -> [String: Any] {
        [
            "citationFields": fields(Self.citationFields, problems: problems.byField, language),
            "copyFields": fields(Self.copyFields, problems: problems.byField, language),
            "card": card ?? "", "cluster": cluster ?? "", "openURL": openURL ?? "", "needBefore": needBefore ?? "",
            "note": note ?? "", "isCopy": service == ServiceType.copy.rawValue,
            "isLoan": service != ServiceType.copy.rawValue,
            "openURLProblem": problems.byField["openURL"] ?? "", "cardProblem": problems.byField["card"] ?? "",
            "needBeforeProblem": problems.byField["needBefore"] ?? "",
            "problems": problems.all, "hasProblems": !problems.all.isEmpty,
        ]
    }
}
