import Foundation
import PinakesCore
import SQLKit

/// Notices about a reader's interlibrary request, queued by resource sharing in its own transaction and mailed
/// with circulation's notices. `event` names what happened, as resource sharing names it.
public enum InterlibraryNotice {
    /// Events worth an e-mail; the others stay in the request's history.
    public static let mailed: Set<String> = [
        "ready-for-pickup", "document-ready", "unfilled", "rejected", "cancelled", "overdue", "recalled", "renewed",
        "renew-refused",
    ]

    /// Queues the notice once per `occasion` (a second one for the same occasion is ignored).
    public static func queue(
        reader: Int64, library: Int64?, occasion: String, title: String, event: String, at: Int64,
        on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO circ_notice (reader_id, kind, occasion, library_id, created_at, status, title, detail)
            VALUES (\(bind: reader), \(bind: NoticeKind.interlibrary.rawValue), \(bind: occasion), \(bind: library),
                \(bind: at), 'pending', \(bind: title), \(bind: event))
            ON CONFLICT (occasion) DO NOTHING
            """
        ).run()
    }

    /// The e-mail's subject and its Chinese and English sentences.
    static func text(event: String, title: String, place: String, placeZh: String) -> (String, String, String) {
        switch event {
        case "ready-for-pickup":
            return (
                "馆际互借到馆 Interlibrary loan ready: \(title)", "您通过馆际互借申请的《\(title)》已到\(placeZh)，请前往借阅。",
                "\(title), which another library lent for you, is waiting for you at \(place)."
            )
        case "document-ready":
            return (
                "文献传递完成 Your copy is ready: \(title)", "您申请的《\(title)》复制件已送达，请在“我的馆际互借”中查看，链接有效期有限。",
                "The copy of \(title) you asked for has arrived; open it from your interlibrary requests before the link expires."
            )
        case "unfilled", "rejected":
            return (
                "馆际互借未能满足 Request not filled: \(title)", "很抱歉，您的馆际互借申请《\(title)》未能满足。",
                "We are sorry: no library could supply \(title) for you."
            )
        case "cancelled":
            return (
                "馆际互借已取消 Request cancelled: \(title)", "您的馆际互借申请《\(title)》已取消。",
                "Your request for \(title) was cancelled."
            )
        case "overdue", "recalled":
            return (
                "馆际互借请归还 Please return: \(title)", "出借馆要求归还馆际互借的《\(title)》，请尽快还到\(placeZh)。",
                "The lending library wants \(title) back; please return it to \(place) soon."
            )
        case "renewed":
            return ("馆际互借已续借 Renewed: \(title)", "出借馆同意续借《\(title)》。", "The lending library renewed \(title) for you.")
        default:
            return (
                "馆际互借续借未获同意 Renewal refused: \(title)", "出借馆未同意续借《\(title)》，请按期归还。",
                "The lending library could not renew \(title); please return it on time."
            )
        }
    }
}
