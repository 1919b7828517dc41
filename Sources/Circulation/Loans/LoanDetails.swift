import Consortium
import PinakesCore

/// What a loan remembers from checkout onwards. The rule is a snapshot, so editing the matrix later does not
/// change the terms of loans already made, and the "why" view can name the rule that applied.
public struct LoanDetails: Sendable, Hashable, Codable {
    public var reader: Identifier<Reader>
    public var copy: CirculatingCopy
    /// The library that lent the copy; its calendar counts open days for fines.
    public var library: Identifier<Library>
    public var checkedOutAt: Int64
    public var dueAt: Int64
    public var renewals: Int
    public var rule: PolicyRule
    /// The due date a due-soon notice was last sent for, so a notice is never sent twice for one due date.
    public var dueSoonNoticeFor: Int64?
    /// The due date an overdue notice was last sent for.
    public var overdueNoticeFor: Int64?

    public init(
        reader: Identifier<Reader>, copy: CirculatingCopy, library: Identifier<Library>, checkedOutAt: Int64,
        dueAt: Int64, renewals: Int = 0, rule: PolicyRule, dueSoonNoticeFor: Int64? = nil,
        overdueNoticeFor: Int64? = nil
    ) {
        self.reader = reader
        self.copy = copy
        self.library = library
        self.checkedOutAt = checkedOutAt
        self.dueAt = dueAt
        self.renewals = renewals
        self.rule = rule
        self.dueSoonNoticeFor = dueSoonNoticeFor
        self.overdueNoticeFor = overdueNoticeFor
    }
}
