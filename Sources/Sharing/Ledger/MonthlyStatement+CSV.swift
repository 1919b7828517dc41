import Foundation

extension MonthlyStatement {
    /// The CSV columns, in their fixed order.
    ///
    /// - `record`: `line` for a ledger line; `counterpart` for the net with one counterpart in one currency;
    ///   `owed_to_member`, `owed_by_member` and `net` for the month's totals in one currency.
    /// - `date`: local date of a line in the statement's time zone, `yyyy-MM-dd`; empty on total rows.
    /// - `request_id`: ISO 18626 `requestingAgencyRequestId` of a line.
    /// - `counterpart`, `counterpart_name`: the other agency as `TYPE:VALUE` and its name.
    /// - `role`: `lent` or `borrowed`, the member's side of a line.
    /// - `service`: ISO 18626 `serviceType` (`Loan`, `Copy`, `CopyOrLoan`); `kind`: `loanFee`, `copyFee`, `postage`.
    /// - `currency`: ISO 4217 code.
    /// - `amount`: decimal with two places, from the member's side: positive when owed to it, negative when owed
    ///   by it, so the lines of a currency add up to its `net` row.
    /// - `description`: line text.
    public static let csvColumns = [
        "record", "date", "request_id", "counterpart", "counterpart_name", "role", "service", "kind", "currency",
        "amount", "description",
    ]

    /// The statement as RFC 4180 CSV: a header row, the lines, the counterpart rows, then totals and the net row
    /// for each currency.
    public func csv() -> String {
        var text = CSVText.record(Self.csvColumns)
        for line in lines {
            text += CSVText.record([
                "line", line.localDate, line.requestID, line.counterpart.description, name(of: line.counterpart),
                line.role.rawValue, line.service.rawValue, line.kind.rawValue, line.currency,
                DecimalText.cents(line.signedCents), line.description,
            ])
        }
        for subtotal in counterparts {
            text += summaryRecord(
                "counterpart", subtotal.currency, subtotal.netCents, counterpart: subtotal.counterpart.description,
                name: name(of: subtotal.counterpart))
        }
        for total in totals {
            text += summaryRecord("owed_to_member", total.currency, total.owedToMemberCents)
            text += summaryRecord("owed_by_member", total.currency, -total.owedByMemberCents)
            text += summaryRecord("net", total.currency, total.netCents)
        }
        return text
    }

    /// The CSV as UTF-8 bytes, with a byte order mark first when asked (spreadsheets then read Chinese right).
    public func csvData(byteOrderMark: Bool = false) -> Data {
        (byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(csv().utf8)
    }

    private func summaryRecord(
        _ record: String, _ currency: String, _ cents: Int, counterpart: String = "", name: String = ""
    ) -> String {
        CSVText.record([record, "", "", counterpart, name, "", "", "", currency, DecimalText.cents(cents), ""])
    }
}
