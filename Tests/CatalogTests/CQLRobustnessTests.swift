import Catalog
import Testing

@Suite struct CQLSurvivesHugeDeepAndRandomQueries {
    @Test func tenThousandCharacterQueryParses() throws {
        var text = "dc.title = \"\(String(repeating: "long words ", count: 400))\""
        while text.unicodeScalars.count < 10_000 {
            text += " or dc.creator any/stem \"name\" and (cat prox/distance<3 dog)"
        }
        let query = try CQLParser.parse(text)
        #expect(query.xcql.hasPrefix("<triple>"))
    }

    @Test func tenThousandCharactersOfBooleansParse() throws {
        let text = Array(repeating: "a", count: 2_500).joined(separator: " or ")
        let query = try CQLParser.parse(text)
        guard case .boolean(let last) = query.root else {
            Issue.record("expected a boolean at the top")
            return
        }
        #expect(last.right == .searchClause(CQLSearchClause(term: "a")))
    }

    @Test func threeThousandBooleanOperatorsMakeADeepTreeThatStillPrintsAndCompares() throws {
        let text = Array(repeating: "a", count: 3_001).joined(separator: " or ")
        let query = try CQLParser.parse(text)
        #expect(query == (try CQLParser.parse(text)))
        // XCQL indents each level by two more spaces, so it grows with the square of the depth.
        let shallower = try CQLParser.parse(Array(repeating: "a", count: 300).joined(separator: " or "))
        #expect(shallower.xcql.hasSuffix("</triple>\n"))
        do {
            _ = try CQLParser.parse(text + " or a")
            Issue.record("3,001 boolean operators should be refused")
        } catch {
            #expect(error.diagnostic == .tooManyBooleanOperators)
            #expect(error.offset == text.count + 1)
        }
    }

    @Test func tooLongQueryIsDiagnostic12() {
        let parser = CQLParser(maximumLength: 1_000)
        #expect(throws: CQLError.self) { try parser.parse(String(repeating: "a ", count: 600)) }
        do {
            _ = try parser.parse(String(repeating: "a ", count: 600))
        } catch {
            #expect(error.diagnostic == .tooManyCharactersInQuery)
        }
    }

    @Test(arguments: ["(", "> p = u ", "title = ", "> u "])
    func deepNestingIsAnErrorNotACrash(_ opening: String) throws {
        let fine =
            String(repeating: opening, count: 150) + "cat" + (opening == "(" ? String(repeating: ")", count: 150) : "")
        _ = try CQLParser.parse(fine)
        let text = String(repeating: opening, count: 50_000) + "cat"
        do {
            _ = try CQLParser(maximumLength: 1_000_000).parse(text)
            Issue.record("nesting 50,000 deep should fail")
        } catch {
            #expect(error.message == "the query nests more than 200 levels deep")
            #expect(error.diagnostic == .querySyntaxError)
        }
    }

    @Test func randomGarbageNeverCrashes() {
        var generator = SplitMix64(seed: 0x5049_4E41_4B45_53)
        let alphabet = Array(#"ab. =<>/()"\ andorprxsotbyAND图书"#.unicodeScalars) + ["\n", "\t", "\u{0}"]
        var parsed = 0
        for _ in 0..<5_000 {
            let length = Int(generator.next() % 40)
            var text = String.UnicodeScalarView()
            for _ in 0..<length {
                text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            if let query = try? CQLParser.parse(String(text)) {
                parsed += 1
                #expect(!query.xcql.isEmpty)
            }
        }
        #expect(parsed > 0)
    }
}

/// A small seeded generator, so the random queries are the same on every run.
private struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
