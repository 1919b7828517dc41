import Foundation

/// The citation field an OpenURL key fills.
enum OpenURLField: Sendable {
    case journalTitle, bookTitle, title, shortTitle, articleTitle
    case author, authorLast, authorFirst, authorInitials, authorFirstInitial, authorMiddleInitial, authorSuffix
    case corporateAuthor
    case isbn, eisbn, issn, eissn, doi, pmid, oclcNumber, lccn
    case date, year, month, day, volume, issue, startPage, endPage, pages, publisher, place, edition, genre
    case privateData
}
