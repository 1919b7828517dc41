extension LibraryCalendar {
    /// What makes the calendar unusable, in words for the staff page; empty when it is fine.
    public var problems: [String] {
        var problems: [String] = []
        for (day, periods) in weeklyHours.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for period in periods where period.opens >= period.closes {
                problems.append("\(day.rawValue): \(period.opens)–\(period.closes) closes before it opens")
            }
        }
        for closure in closures where closure.through < closure.from {
            problems.append("closure \(closure.name) ends (\(closure.through)) before it starts (\(closure.from))")
        }
        for exception in exceptions {
            for period in exception.periods where period.opens >= period.closes {
                problems.append("\(exception.date): \(period.opens)–\(period.closes) closes before it opens")
            }
        }
        return problems
    }
}
