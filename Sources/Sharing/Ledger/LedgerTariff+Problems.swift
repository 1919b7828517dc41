extension LedgerTariff {
    /// What makes the tariff unusable, each naming its field under `prefix` (`tariff.loanFeeCents`); empty when
    /// every amount is zero or more and the currency is a three-letter code.
    public func problems(prefix: String = "tariff") -> [String] {
        var found: [String] = []
        let amounts = [
            ("loanFeeCents", loanFeeCents), ("copyFeePerPageCents", copyFeePerPageCents),
            ("minimumCopyFeeCents", minimumCopyFeeCents), ("postageCentsPerShipment", postageCentsPerShipment),
        ]
        for (name, cents) in amounts where cents < 0 { found.append("\(prefix).\(name) is \(cents), below zero") }
        if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isLetter }) {
            found.append("\(prefix).currency must be a three-letter code such as CNY, not \"\(currency)\"")
        }
        return found
    }
}
