import Circulation
import Foundation

/// What a kiosk tells the reader on screen (AF) besides circulation's own refusals, in Chinese and English.
enum KioskMessage: Sendable, Equatable {
    case checkedOut(title: String, due: String)
    case renewed(title: String, due: String)
    case renewedAll(renewed: Int, refused: Int)
    case wrongPIN
    case noPatron
    case cancelNotSupported
    case noLoanWithTitle(String)
    case fineCharged(cents: Int)
    case paymentAccepted(cents: Int, owedAfterCents: Int)
    case paymentCurrency(String)
    case goodbye
    case welcome(name: String)
    case refusal(CirculationRefusal)
    case checkin(CheckinOutcome)

    func text(in language: SIP2ScreenLanguage) -> String {
        language == .chinese ? chinese : english
    }

    var english: String {
        switch self {
        case .checkedOut(let title, let due): "Borrowed: \(title). Due \(due)."
        case .renewed(let title, let due): "Renewed: \(title). Now due \(due)."
        case .renewedAll(let renewed, let refused): "\(renewed) renewed, \(refused) not renewed."
        case .wrongPIN: "The PIN is not correct."
        case .noPatron: "Please scan your reader card first."
        case .cancelNotSupported: "This kiosk cannot cancel a transaction; please ask at the desk."
        case .noLoanWithTitle(let title): "You have no loan titled \(title)."
        case .fineCharged(let cents): "An overdue fine of \(Self.yuan(cents)) was charged."
        case .paymentAccepted(let cents, let owed): "Paid \(Self.yuan(cents)); still owed \(Self.yuan(owed))."
        case .paymentCurrency(let currency): "Payments are taken in CNY, not \(currency)."
        case .goodbye: "Thank you. Goodbye."
        case .welcome(let name): "Welcome, \(name)."
        case .refusal(let refusal): refusal.english
        case .checkin(let outcome): outcome.english
        }
    }

    var chinese: String {
        switch self {
        case .checkedOut(let title, let due): "借阅成功：\(title)。应还日期 \(due)。"
        case .renewed(let title, let due): "续借成功：\(title)。新的应还日期 \(due)。"
        case .renewedAll(let renewed, let refused): "续借成功 \(renewed) 册，未能续借 \(refused) 册。"
        case .wrongPIN: "密码不正确。"
        case .noPatron: "请先刷读者证。"
        case .cancelNotSupported: "自助机不能撤销操作，请到服务台办理。"
        case .noLoanWithTitle(let title): "您没有借阅题名为“\(title)”的图书。"
        case .fineCharged(let cents): "已产生超期罚款 \(Self.yuan(cents))。"
        case .paymentAccepted(let cents, let owed): "已付 \(Self.yuan(cents))，尚欠 \(Self.yuan(owed))。"
        case .paymentCurrency(let currency): "只收人民币（CNY），不收 \(currency)。"
        case .goodbye: "谢谢，再见。"
        case .welcome(let name): "\(name)，欢迎您。"
        case .refusal(let refusal): refusal.chinese
        case .checkin(let outcome): outcome.chinese
        }
    }

    /// `¥12.50`.
    static func yuan(_ cents: Int) -> String {
        "¥\(cents / 100).\(String(format: "%02d", abs(cents % 100)))"
    }
}
