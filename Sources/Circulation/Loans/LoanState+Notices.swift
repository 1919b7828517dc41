extension LoanState {
    /// Notices for a loan still on loan: due soon once per due date, overdue once per due date. Any other state
    /// sends nothing (the notice run walks every open loan and must not fail on one that just ended).
    func notices(at: Int64, dueSoonWindow: Int64) -> Transition<LoanState> {
        guard case .onLoan(var details) = self else { return Transition(self) }
        var kind: NoticeKind?
        if at > details.dueAt {
            if details.overdueNoticeFor != details.dueAt {
                kind = .overdue
                details.overdueNoticeFor = details.dueAt
            }
        } else if details.dueAt - at <= dueSoonWindow, details.dueSoonNoticeFor != details.dueAt {
            kind = .dueSoon
            details.dueSoonNoticeFor = details.dueAt
        }
        guard let kind else { return Transition(self) }
        let notice = Notice(
            kind: kind, reader: details.reader, copy: details.copy.id, library: details.library,
            deadline: details.dueAt, at: at)
        return Transition(.onLoan(details), effects: [.sendNotice(notice)])
    }
}
