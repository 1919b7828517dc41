import Foundation
import ISO18626
import Sharing
import Testing

@Suite struct CopyrightRulesAreLoadedAndCheckedAsData {
    static func rules(_ rules: String, document: String = "") -> Data {
        Data("{\(document)\"rules\": [\(rules)]}".utf8)
    }

    static let valid = """
        {"id": "a", "name": "A", "nameZh": "甲", "nameEn": "A rule", "covers": {"services": ["Copy"]},
         "scope": "consortium", "copiesPerTitlePerYear": 2, "copyrightCompliance": "Other"}
        """

    @Test func theBundledRulesAreCONTUChinaAndTheFallbackInOrder() throws {
        let rules = try CopyrightRules.bundled()
        #expect(
            rules.rules.map(\.id) == [
                "us-contu-rule-of-five", "us-copyright-law-108", "cn-copyright-law-24-periodicals",
                "cn-copyright-law-24-books", "other",
            ])
        let contu = try #require(rules.rule(id: "us-contu-rule-of-five"))
        #expect(contu.copiesPerTitlePerYear == 5)
        #expect(contu.covers.publishedWithinYears == 5)
        #expect(contu.scope == .requestingLibrary)
        #expect(rules.rules.map(\.copyrightCompliance).contains("CN-CopyrightLawArt24"))
        #expect(rules.defaultCompliance == "Other")
    }

    @Test func aRuleSetSurvivesAnEncodeAndDecode() throws {
        let rules = try CopyrightRules.bundled()
        let again = try CopyrightRules.decode(try JSONEncoder().encode(rules))
        #expect(again == rules)
    }

    @Test func aFieldOfTheWrongTypeIsNamedWithItsRule() {
        let broken = Self.valid.replacingOccurrences(
            of: "\"copiesPerTitlePerYear\": 2", with: "\"copiesPerTitlePerYear\": \"five\"")
        let data = Self.rules(Self.valid.replacingOccurrences(of: "\"a\"", with: "\"first\"") + "," + broken)
        #expect(
            throws: CopyrightRulesError.invalidField(
                rule: "a", field: "copiesPerTitlePerYear", problem: "expected a whole number")
        ) {
            try CopyrightRules.decode(data)
        }
    }

    @Test func aMissingFieldIsNamed() throws {
        let data = Self.rules(Self.valid.replacingOccurrences(of: ", \"copyrightCompliance\": \"Other\"", with: ""))
        do {
            _ = try CopyrightRules.decode(data)
            Issue.record("decoded a rule without copyrightCompliance")
        } catch {
            #expect(error == .invalidField(rule: "a", field: "copyrightCompliance", problem: "is missing"))
            #expect(error.description == "copyright rule a, field copyrightCompliance: is missing")
        }
    }

    @Test func anUnknownServiceNamesTheNestedField() throws {
        let data = Self.rules(Self.valid.replacingOccurrences(of: "[\"Copy\"]", with: "[\"Photocopy\"]"))
        do {
            _ = try CopyrightRules.decode(data)
            Issue.record("decoded an unknown service")
        } catch {
            guard case .invalidField(let rule, let field, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(rule == "a")
            #expect(field == "covers.services[0]")
        }
    }

    @Test func aRuleWithoutAnIDIsNamedByItsPlace() throws {
        let data = Self.rules(Self.valid + "," + Self.valid.replacingOccurrences(of: "\"id\": \"a\", ", with: ""))
        #expect(throws: CopyrightRulesError.invalidField(rule: "rules[1]", field: "id", problem: "is missing")) {
            try CopyrightRules.decode(data)
        }
    }

    @Test func unusableValuesAreRefusedWithTheirField() {
        let share = Self.rules(
            Self.valid.replacingOccurrences(of: "\"scope\"", with: "\"maxShareOfWork\": 1.5, \"scope\""))
        #expect(throws: CopyrightRulesError.invalidField(rule: "a", field: "maxShareOfWork", problem: "must be in 0…1"))
        {
            try CopyrightRules.decode(share)
        }
        let country = Self.rules(
            Self.valid.replacingOccurrences(of: "\"services\"", with: "\"jurisdictions\": [\"China\"], \"services\""))
        #expect(throws: CopyrightRulesError.self) { try CopyrightRules.decode(country) }
        #expect(throws: CopyrightRulesError.duplicateRule("a")) {
            try CopyrightRules.decode(Self.rules(Self.valid + "," + Self.valid))
        }
        let zone = Self.rules(Self.valid, document: "\"defaultJurisdiction\": \"cn\", ")
        #expect(throws: CopyrightRulesError.self) { try CopyrightRules.decode(zone) }
    }

    @Test func textThatIsNotJSONIsSaidSo() {
        do {
            _ = try CopyrightRules.decode(Data("rules: none".utf8))
            Issue.record("decoded text that is not JSON")
        } catch {
            guard case .malformedJSON = error else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }

    @Test func anOperatorsFileIsReadAndAMissingOneNamed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("copyright-\(UUID().uuidString).json")
        try Self.rules(Self.valid, document: "\"defaultCompliance\": \"UK-FairDealing\", ").write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let rules = try CopyrightRules.load(contentsOf: url)
        #expect(rules.defaultCompliance == "UK-FairDealing")
        #expect(rules.rules.first?.scope == .consortium)
        let missing = url.appendingPathExtension("gone")
        do {
            _ = try CopyrightRules.load(contentsOf: missing)
            Issue.record("read a missing file")
        } catch {
            guard case .unreadable(let path, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == missing.path)
        }
    }

    @Test func rulesBuiltInCodeAreCheckedToo() {
        let nameless = CopyrightRule(id: "x", name: "", nameZh: "", nameEn: "", copyrightCompliance: "Other")
        #expect(
            throws: CopyrightRulesError.invalidField(
                rule: "x", field: "name", problem: "name, nameZh and nameEn are needed")
        ) {
            try CopyrightRules(rules: [nameless])
        }
    }
}
