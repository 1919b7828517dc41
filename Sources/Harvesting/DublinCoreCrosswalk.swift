import Catalog
import Foundation
import MARC

/// Simple Dublin Core → MARC 21, the reverse of `DublinCore(record)`, after the Library of Congress Dublin Core
/// to MARC crosswalk: so records from archives and museums become catalogue records that cluster with the rest.
public enum DublinCoreCrosswalk {
    /// A MARC 21 bibliographic record for `dc`; `identifier` (the OAI identifier) goes into 001.
    public static func record(from dc: DublinCore, identifier: String) -> Record {
        let year = dc.values("date").lazy.compactMap(firstYear).first
        let languages = dc.values("language").compactMap(LanguageCode.marc)
        var fields = [
            Field(tag: "001", value: identifier),
            Field(tag: "008", value: fixedData(year: year, language: languages.first)),
        ]
        fields += identifierFields(dc.values("identifier"))
        if !languages.isEmpty {
            fields.append(Field(tag: "041", subfields: languages.map { Subfield(code: "a", value: $0) }))
        }
        fields += nameAndTitleFields(dc)
        fields += publicationFields(dc, year: year)
        fields += dc.values("description").map { Field(tag: "520", subfields: [Subfield(code: "a", value: $0)]) }
        fields += noteFields(dc)
        fields += dc.values("language").filter { LanguageCode.marc($0) == nil }.map {
            Field(tag: "546", subfields: [Subfield(code: "a", value: $0)])
        }
        fields += dc.values("subject").map {
            Field(tag: "650", indicator2: "4", subfields: [Subfield(code: "a", value: $0)])
        }
        fields += dc.values("contributor").map {
            Field(tag: "720", subfields: [Subfield(code: "a", value: $0), Subfield(code: "e", value: "contributor")])
        }
        fields += linkFields(dc)
        return Record(leader: leader(types: dc.values("type")), fields: fields.sorted { $0.tag < $1.tag })
    }

    /// Leader/06 type of record and /07 bibliographic level from the DCMI Type (or a free-text type).
    static func leader(types: [String]) -> Leader {
        var leader = Leader("00000nam a22000003u 4500")
        let type = types.first?.lowercased() ?? "text"
        let (code, level): (Character, Character) =
            switch type {
            case _ where type.contains("collection"): ("p", "c")
            case _ where type.contains("moving") || type.contains("video") || type.contains("film"): ("g", "m")
            case _ where type.contains("image") || type.contains("photograph"): ("k", "m")
            case _ where type.contains("sound") || type.contains("audio"): ("i", "m")
            case _ where type.contains("software") || type.contains("dataset"): ("m", "m")
            case _ where type.contains("physicalobject") || type.contains("object"): ("r", "m")
            case _ where type.contains("map") || type.contains("cartographic"): ("e", "m")
            case _ where type.contains("serial") || type.contains("journal"): ("a", "s")
            default: ("a", "m")
            }
        leader[6] = code
        leader[7] = level
        return leader
    }

    /// 008: date type and Date 1 (/06–10) from the first year, language (/35–37); the rest unknown.
    static func fixedData(year: Int?, language: String?) -> String {
        let dates = year.map { "s\(String($0))    " } ?? "nuuuuuuuu"
        let middle = "xx " + String(repeating: "|", count: 17)
        return "||||||" + dates + middle + (language ?? "und") + " d"
    }

    /// 245 title (other titles in 246), 100 the first creator, 700 the others.
    static func nameAndTitleFields(_ dc: DublinCore) -> [Field] {
        let creators = dc.values("creator")
        var fields: [Field] = []
        if let first = creators.first {
            fields.append(Field(tag: "100", indicator1: "1", subfields: [.init(code: "a", value: first)]))
        }
        let titles = dc.values("title")
        let title = titles.first ?? "[Untitled]"
        fields.append(
            Field(
                tag: "245", indicator1: creators.isEmpty ? "0" : "1", indicator2: "0",
                subfields: [.init(code: "a", value: title)]))
        fields += titles.dropFirst().map {
            Field(tag: "246", indicator1: "3", subfields: [.init(code: "a", value: $0)])
        }
        fields += creators.dropFirst().map {
            Field(tag: "700", indicator1: "1", subfields: [.init(code: "a", value: $0)])
        }
        return fields
    }

    /// 264 _1 publisher and date of publication.
    static func publicationFields(_ dc: DublinCore, year: Int?) -> [Field] {
        var subfields = dc.values("publisher").map { Subfield(code: "b", value: $0) }
        if let date = dc.values("date").first { subfields.append(Subfield(code: "c", value: date)) }
        guard !subfields.isEmpty else { return [] }
        return [Field(tag: "264", indicator2: "1", subfields: subfields)]
    }

    /// 500 general notes for format, source, coverage and relations that are not links; 540 for rights.
    static func noteFields(_ dc: DublinCore) -> [Field] {
        let labelled: [(String, String)] = [("format", "Format"), ("source", "Source"), ("coverage", "Coverage")]
        var fields = labelled.flatMap { element, label in
            dc.values(element).map { Field(tag: "500", subfields: [.init(code: "a", value: "\(label): \($0)")]) }
        }
        fields += dc.values("relation").filter { !isLink($0) }.map {
            Field(tag: "500", subfields: [.init(code: "a", value: "Related: \($0)")])
        }
        fields += dc.values("rights").map { Field(tag: "540", subfields: [.init(code: "a", value: $0)]) }
        return fields
    }

    /// 856: identifiers that are links (40, the resource itself) and related links (42).
    static func linkFields(_ dc: DublinCore) -> [Field] {
        dc.values("identifier").filter(isLink).map {
            Field(tag: "856", indicator1: "4", indicator2: "0", subfields: [.init(code: "u", value: $0)])
        }
            + dc.values("relation").filter(isLink).map {
                Field(tag: "856", indicator1: "4", indicator2: "2", subfields: [.init(code: "u", value: $0)])
            }
    }

    /// 020 ISBN, 022 ISSN, 010 LCCN, 035 OCLC number from URN-style identifiers; other non-links in 024 8_.
    static func identifierFields(_ identifiers: [String]) -> [Field] {
        let prefixes: [(String, String, Character, Character, String)] = [
            ("urn:isbn:", "020", " ", " ", ""), ("isbn:", "020", " ", " ", ""), ("urn:issn:", "022", " ", " ", ""),
            ("issn:", "022", " ", " ", ""), ("info:lccn/", "010", " ", " ", ""),
            ("info:oclcnum/", "035", " ", " ", "(OCoLC)"),
        ]
        return identifiers.filter { !isLink($0) }.map { value in
            let lowered = value.lowercased()
            for (prefix, tag, first, second, qualifier) in prefixes where lowered.hasPrefix(prefix) {
                let number = value.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
                return Field(
                    tag: tag, indicator1: first, indicator2: second,
                    subfields: [.init(code: "a", value: qualifier + number)])
            }
            return Field(tag: "024", indicator1: "8", subfields: [.init(code: "a", value: value)])
        }
    }

    static func isLink(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The first four-digit year from 1000 to 2999 in a DC date (`2003-12-12`, `c1998`, `1923?`).
    static func firstYear(_ date: String) -> Int? {
        let digits = Array(date.unicodeScalars)
        var index = 0
        while index + 4 <= digits.count {
            let run = digits[index..<index + 4]
            let before = index > 0 ? digits[index - 1] : " "
            let after = index + 4 < digits.count ? digits[index + 4] : " "
            if run.allSatisfy({ ("0"..."9").contains($0) }), !("0"..."9").contains(before),
                !("0"..."9").contains(after), let year = Int(String(String.UnicodeScalarView(run))),
                (1000...2999).contains(year)
            {
                return year
            }
            index += 1
        }
        return nil
    }
}
