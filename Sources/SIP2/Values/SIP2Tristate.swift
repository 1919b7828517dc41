/// A `Y`/`N`/`U` fixed field: magnetic media, desensitize (SIP2 2.00 checkout and checkin responses).
public enum SIP2Tristate: String, Sendable, Equatable {
    case yes = "Y"
    case no = "N"
    case unknown = "U"
}
