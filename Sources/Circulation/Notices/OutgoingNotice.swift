import Catalog
import Foundation
import Mail
import PinakesCore
import SQLKit

/// A notice claimed for sending, with what its e-mail says.
struct OutgoingNotice: Sendable {
    var id: Int64
    var kind: NoticeKind
    var deadline: Int64?
    var attempts: Int
    var readerName: String
    var email: String?
    var libraryName: String?
    var libraryNameZh: String?
    var title: String?
    /// What happened, for an interlibrary notice.
    var detail: String

    init(row: any SQLRow) throws {
        let read = RowReader(row)
        id = try row.decode(column: "id", as: Int64.self)
        kind = NoticeKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .dueSoon
        deadline = try read.int64("deadline")
        attempts = Int(try row.decode(column: "attempts", as: Int64.self))
        readerName = try row.decode(column: "name", as: String.self)
        email = try read.string("email").flatMap { $0.isEmpty ? nil : $0 }
        libraryName = try read.string("library_name")
        libraryNameZh = try read.string("library_name_zh")
        title =
            try read.string("barcode").map {
                CirculationCopy.title(fromDisplay: try read.string("display"), fallback: $0)
            } ?? read.string("title")
        detail = try read.string("detail") ?? ""
    }

    /// The e-mail: Chinese first, then English, as the consortium's readers read both.
    func message(from sender: MailAddress, to reader: MailAddress) -> MailMessage {
        let date = deadline.map { Self.day($0) } ?? ""
        let book = title ?? ""
        let place = libraryName ?? ""
        let placeZh = libraryNameZh ?? place
        let (subject, zh, en): (String, String, String)
        switch kind {
        case .dueSoon:
            subject = "还书提醒 Due soon: \(book)"
            zh = "《\(book)》将于\(date)到期，请按时归还或续借。"
            en = "\(book) is due on \(date). Please return or renew it."
        case .overdue:
            subject = "超期通知 Overdue: \(book)"
            zh = "《\(book)》已于\(date)到期，请尽快归还。超期将产生滞纳金。"
            en = "\(book) was due on \(date). Please return it; overdue fines apply."
        case .holdReady:
            subject = "预约到馆 Ready for pickup: \(book)"
            zh = "您预约的《\(book)》已到\(placeZh)，请于\(date)前取书。"
            en = "\(book), which you requested, is waiting for you at \(place) until \(date)."
        case .holdExpired:
            subject = "预约过期 Request expired: \(book)"
            zh = "您在\(placeZh)的预约《\(book)》已过期。"
            en = "Your request for \(book) at \(place) has expired."
        case .interlibrary:
            (subject, zh, en) = InterlibraryNotice.text(event: detail, title: book, place: place, placeZh: placeZh)
        }
        let body = "\(readerName)：\n\n\(zh)\n\nDear \(readerName),\n\n\(en)\n\n— Pinakes\n"
        return MailMessage(from: sender, to: [reader], subject: subject, body: body)
    }

    static func day(_ instant: Int64) -> String {
        let zone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        return LocalDate(epochSeconds: instant, in: zone).description
    }
}
