import Foundation

/// Reading the publication dates found in OpenURLs (`2006`, `2018-03`, `2018-03-01`, `20220601`, `2015-6-1`,
/// `July 12, 2009`) as ISO 8601 calendar dates at the precision given.
enum PublicationDate {
    /// The date as `yyyy`, `yyyy-MM` or `yyyy-MM-dd` and its year; `normal` is none when the text is not one of
    /// those shapes (the year is then the first plausible four-digit year in it, if any).
    static func read(_ text: String) -> (normal: String?, year: Int?) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.filter(\.isASCIIDigit)
        if digits.count == trimmed.count, [4, 6, 8].contains(digits.count) {
            let chars = Array(digits)
            return compose(
                Int(String(chars[0..<4])), digits.count >= 6 ? Int(String(chars[4..<6])) : nil,
                digits.count == 8 ? Int(String(chars[6..<8])) : nil)
        }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        if (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) })
        {
            return compose(Int(parts[0]), parts.count > 1 ? Int(parts[1]) : nil, parts.count > 2 ? Int(parts[2]) : nil)
        }
        return (nil, firstYear(in: trimmed))
    }

    /// A date from its parts; a zero or impossible month or day lowers the precision (EBSCO's `20170100`).
    static func compose(_ year: Int?, _ month: Int?, _ day: Int?) -> (normal: String?, year: Int?) {
        guard let year, (1000...2999).contains(year) else { return (nil, nil) }
        guard let month, (1...12).contains(month) else { return ("\(year)", year) }
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        guard let day, (1...31).contains(day) else { return ("\(year)-\(monthText)", year) }
        return ("\(year)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")", year)
    }

    /// The first run of exactly four digits from 1000 to 2999.
    static func firstYear(in text: String) -> Int? {
        var run = ""
        for character in text + " " {
            if character.isASCIIDigit {
                run.append(character)
                continue
            }
            if run.count == 4, let year = Int(run), (1000...2999).contains(year) { return year }
            run = ""
        }
        return nil
    }
}
