import Catalog
import Testing

@Suite struct CQLErrorsTellWhereAndWhichSRUDiagnostic {
    private func failure(_ text: String) -> CQLError? {
        do {
            _ = try CQLParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingTermIsReportedAtTheEndWithWhatCameBefore() throws {
        let error = try #require(failure("title ="))
        #expect(error.message == #"expected a search term after "title =""#)
        #expect(error.offset == 7)
        #expect(error.column == 8)
        #expect(error.diagnostic == .querySyntaxError)
        #expect(error.diagnostic.rawValue == 10)
    }

    @Test func danglingBooleanNamesTheOperator() throws {
        let error = try #require(failure("cat and"))
        #expect(error.message == #"expected a search term after "cat and""#)
        #expect(error.offset == 7)
    }

    @Test func unexpectedTokenPointsAtTheToken() throws {
        let error = try #require(failure("a (b)"))
        #expect(error.offset == 2)
        #expect(error.column == 3)
        #expect(error.message.hasPrefix(#"unexpected "(" after "a""#))
    }

    @Test func parenthesisProblemsAreDiagnostic13() throws {
        let unclosed = try #require(failure("(cat or dog"))
        #expect(unclosed.diagnostic == .invalidUseOfParentheses)
        #expect(unclosed.message == #"expected ")" to close the "(" at column 1"#)
        #expect(unclosed.offset == 11)
        let stray = try #require(failure("cat) or dog"))
        #expect(stray.diagnostic == .invalidUseOfParentheses)
        #expect(stray.offset == 3)
        #expect(try #require(failure("()")).diagnostic == .invalidUseOfParentheses)
    }

    @Test func unclosedQuoteIsDiagnostic14AtTheOpeningQuote() throws {
        let error = try #require(failure(#"title = "fish"#))
        #expect(error.diagnostic == .invalidUseOfQuotes)
        #expect(error.offset == 8)
        #expect(error.diagnostic.uri == "info:srw/diagnostic/1/14")
    }

    @Test func emptyQueryIsASyntaxError() throws {
        #expect(try #require(failure("   ")).message == "the query is empty")
    }

    @Test func positionsCountScalarsAndLines() throws {
        let chinese = try #require(failure("题名 ="))
        #expect(chinese.offset == 4)
        let twoLines = try #require(failure("cat and\ndog or"))
        #expect(twoLines.line == 2)
        #expect(twoLines.column == 7)
        #expect(twoLines.description == "line 2, column 7: expected a search term after \"dog or\"")
    }

    @Test func missingModifierValueIsNamed() throws {
        let error = try #require(failure("cat prox/distance<"))
        #expect(error.message == #"expected a modifier value after "distance<""#)
        #expect(error.offset == 18)
    }
}
