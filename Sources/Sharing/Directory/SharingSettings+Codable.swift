import ISO18626

extension SharingSettings {
    enum CodingKeys: String, CodingKey {
        case endpoint, autoApprove, autoSupply, services, loanDays, tariff, turnaroundDays, answerHours, timeZone
        case closedWeekdays, closedDates, documentDays, documentOpens, documentMaxBytes, copyTerms
        case copyrightJurisdiction
    }

    /// Reads the settings document; a missing key keeps its default, so older documents stay readable.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        endpoint = try c.decodeIfPresent(String.self, forKey: .endpoint)
        autoApprove = try c.decodeIfPresent(Bool.self, forKey: .autoApprove) ?? autoApprove
        autoSupply = try c.decodeIfPresent(Bool.self, forKey: .autoSupply) ?? autoSupply
        services = try c.decodeIfPresent([ServiceType].self, forKey: .services) ?? services
        loanDays = try c.decodeIfPresent(Int.self, forKey: .loanDays) ?? loanDays
        tariff = try c.decodeIfPresent(LedgerTariff.self, forKey: .tariff) ?? tariff
        turnaroundDays = try c.decodeIfPresent(Double.self, forKey: .turnaroundDays) ?? turnaroundDays
        answerHours = try c.decodeIfPresent(Int.self, forKey: .answerHours) ?? answerHours
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone) ?? timeZone
        closedWeekdays = try c.decodeIfPresent([Int].self, forKey: .closedWeekdays) ?? closedWeekdays
        closedDates = try c.decodeIfPresent([String].self, forKey: .closedDates) ?? closedDates
        documentDays = try c.decodeIfPresent(Int.self, forKey: .documentDays) ?? documentDays
        documentOpens = try c.decodeIfPresent(Int.self, forKey: .documentOpens) ?? documentOpens
        documentMaxBytes = try c.decodeIfPresent(Int.self, forKey: .documentMaxBytes) ?? documentMaxBytes
        copyTerms = try c.decodeIfPresent(String.self, forKey: .copyTerms) ?? copyTerms
        copyrightJurisdiction = try c.decodeIfPresent(String.self, forKey: .copyrightJurisdiction)
    }
}
