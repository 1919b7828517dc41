import Foundation

extension OpenURLParser {
    /// Authors in order: those from `aulast`/`aufirst`/`auinit` (repeated pairs name several authors), then every
    /// `au` (lists split at `;`) not already named, then corporate authors (`aucorp`).
    static func authors(_ fields: OpenURLFields) -> [String] {
        var names: [String] = []
        for name in splitNameAuthors(fields)
            + fields.all(.author).flatMap({ $0.split(separator: ";").map(String.init) })
        {
            let name = name.trimmingCharacters(in: CharacterSet(charactersIn: ", ").union(.whitespaces))
            guard !name.isEmpty else { continue }
            if let same = names.firstIndex(where: { authorKey($0) == authorKey(name) }) {
                if name.count > names[same].count { names[same] = name }
            } else {
                names.append(name)
            }
        }
        for corporate in fields.all(.corporateAuthor) where !names.contains(corporate) { names.append(corporate) }
        return names
    }

    /// `Last, First` for each `aulast`, with the given name of the same position; a last name that already
    /// holds a comma (EBSCO sends `aulast=Altehenger, J.`) is taken whole.
    static func splitNameAuthors(_ fields: OpenURLFields) -> [String] {
        let trim = CharacterSet(charactersIn: ",").union(.whitespaces)
        let firsts = fields.placed(.authorFirst)
        let initials = fields.placed(.authorInitials)
        let firstInitials = fields.placed(.authorFirstInitial)
        let middleInitials = fields.placed(.authorMiddleInitial)
        let suffixes = fields.placed(.authorSuffix)
        return fields.placed(.authorLast).enumerated().compactMap { index, given in
            let last = given.trimmingCharacters(in: trim)
            guard !last.isEmpty else { return nil }
            if last.contains(",") { return last }
            let split = [value(firstInitials, index), value(middleInitials, index)].compactMap { $0 }.joined()
            let first = (value(firsts, index) ?? value(initials, index) ?? split).trimmingCharacters(in: trim)
            let name = first.isEmpty ? last : last + ", " + first
            return value(suffixes, index).map { name + ", " + $0 } ?? name
        }
    }

    /// Surname and first initial, folded, so `Chiesa-Estomba, C` and `Chiesa-Estomba, Carlos M.` meet.
    static func authorKey(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let parts = folded.split(separator: ",", maxSplits: 1)
        let surname = (parts.first ?? "").filter { $0.isLetter }
        let initial = parts.count > 1 ? parts[1].first(where: \.isLetter).map(String.init) ?? "" : ""
        return surname + "|" + initial
    }

    /// The non-empty value at `index`, or none (the keys of one author come at the same position).
    static func value(_ values: [String], _ index: Int) -> String? {
        values.indices.contains(index) && !values[index].isEmpty ? values[index] : nil
    }
}
