import ISO18626

extension Peer {
    enum CodingKeys: String, CodingKey {
        case agency, name, nameZh, endpoint, catalogue, services, loanDays, copyTerms, tariff, turnaroundDays
        case answerHours, timeZone, closedWeekdays, closedDates, latitude, longitude, outgoingAccountID
        case outgoingSecurityCode, outgoingToken, incomingAccountID, peerAccount, suspended, note
    }

    /// Reads a peer document; everything but the agency, name and endpoint may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            agency: try c.decode(AgencyID.self, forKey: .agency), name: try c.decode(String.self, forKey: .name),
            endpoint: try c.decode(String.self, forKey: .endpoint))
        nameZh = try c.decodeIfPresent(String.self, forKey: .nameZh)
        catalogue = try c.decodeIfPresent(String.self, forKey: .catalogue)
        services = try c.decodeIfPresent([ServiceType].self, forKey: .services) ?? services
        loanDays = try c.decodeIfPresent(Int.self, forKey: .loanDays) ?? loanDays
        copyTerms = try c.decodeIfPresent(String.self, forKey: .copyTerms)
        tariff = try c.decodeIfPresent(LedgerTariff.self, forKey: .tariff)
        turnaroundDays = try c.decodeIfPresent(Double.self, forKey: .turnaroundDays)
        answerHours = try c.decodeIfPresent(Int.self, forKey: .answerHours) ?? answerHours
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone) ?? timeZone
        closedWeekdays = try c.decodeIfPresent([Int].self, forKey: .closedWeekdays) ?? []
        closedDates = try c.decodeIfPresent([String].self, forKey: .closedDates) ?? []
        latitude = try c.decodeIfPresent(Double.self, forKey: .latitude)
        longitude = try c.decodeIfPresent(Double.self, forKey: .longitude)
        outgoingAccountID = try c.decodeIfPresent(String.self, forKey: .outgoingAccountID)
        outgoingSecurityCode = try c.decodeIfPresent(String.self, forKey: .outgoingSecurityCode)
        outgoingToken = try c.decodeIfPresent(String.self, forKey: .outgoingToken)
        incomingAccountID = try c.decodeIfPresent(String.self, forKey: .incomingAccountID)
        peerAccount = try c.decodeIfPresent(String.self, forKey: .peerAccount)
        suspended = try c.decodeIfPresent(Bool.self, forKey: .suspended) ?? false
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
    }

    /// Problems that make the entry unusable, each naming its field; empty when it can be saved.
    public var problems: [String] {
        var found: [String] = []
        if agency.value.trimmingCharacters(in: .whitespaces).isEmpty { found.append("agency.value is empty") }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { found.append("name is empty") }
        if !(endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://")) {
            found.append("endpoint must be an http:// or https:// URL, not \"\(endpoint)\"")
        }
        if answerHours < 1 || answerHours > 24 * 60 { found.append("answerHours must be 1…1440") }
        if services.isEmpty { found.append("services must name loan, copy or both") }
        found += tariff?.problems() ?? []
        if let bad = closedWeekdays.first(where: { !(1...7).contains($0) }) {
            found.append("closedWeekdays: \(bad) is not 1 (Monday) … 7 (Sunday)")
        }
        return found
    }

    /// Whether the peer offers `service` (a `CopyOrLoan` request is served by either).
    public func offers(_ service: ServiceType) -> Bool {
        service == .copyOrLoan ? !services.isEmpty : services.contains(service) || services.contains(.copyOrLoan)
    }
}
