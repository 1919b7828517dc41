import Catalog
import Testing

@Suite struct CQLReadsClausesModifiersAndPrefixes {
    @Test func bareTermSearchesServerChoiceWithEquals() throws {
        let query = try CQLParser.parse("cat")
        #expect(query.root == .searchClause(CQLSearchClause(term: "cat")))
        #expect(query.sortKeys.isEmpty)
    }

    @Test func relationModifiersKeepTheirWrittenOrder() throws {
        let query = try CQLParser.parse(#"dc.title any/stem/rel.algorithm=CORI "fish chips""#)
        let expected = CQLSearchClause(
            index: "dc.title",
            relation: CQLRelation(
                "any",
                modifiers: [
                    CQLModifier(name: "stem"), CQLModifier(name: "rel.algorithm", comparison: "=", value: "CORI"),
                ]),
            term: "fish chips")
        #expect(query.root == .searchClause(expected))
    }

    @Test func booleansAreLeftAssociativeWithModifiers() throws {
        let query = try CQLParser.parse("a AND b prox/distance<=3/unit=word c")
        guard case .boolean(let prox) = query.root, case .boolean(let and) = prox.left else {
            Issue.record("expected two booleans, got \(query.root)")
            return
        }
        #expect(prox.booleanOperator == .prox)
        #expect(
            prox.modifiers == [
                CQLModifier(name: "distance", comparison: "<=", value: "3"),
                CQLModifier(name: "unit", comparison: "=", value: "word"),
            ])
        #expect(and.booleanOperator == .and)
        #expect(prox.right == .searchClause(CQLSearchClause(term: "c")))
    }

    @Test func scopedRelationAppliesToEveryClauseInsideParentheses() throws {
        let query = try CQLParser.parse("title = (a or b)")
        let title = { (term: String) in CQLNode.searchClause(CQLSearchClause(index: "title", term: term)) }
        #expect(query.root == .boolean(CQLBooleanClause(.or, left: title("a"), right: title("b"))))
    }

    @Test func prefixAssignmentsStayWhereTheyAreWrittenAndResolveInXCQL() throws {
        let query = try CQLParser.parse(#"a and (> dc = "info:dc" dc.title = b)"#)
        guard case .boolean(let and) = query.root, case .prefixed(let assignment, _) = and.right else {
            Issue.record("expected a prefixed right operand, got \(query.root)")
            return
        }
        #expect(assignment == CQLPrefixAssignment(name: "dc", identifier: "info:dc"))
        #expect(query.xcql.contains("<identifier>info:dc</identifier>\n        </prefix>"))
        #expect(query.xcql.contains("<index>title</index>"))
    }

    @Test func prefixScopeResolvesInnermostFirst() {
        let scope = CQLPrefixScope(assignments: [
            CQLPrefixAssignment(name: "dc", identifier: "outer"), CQLPrefixAssignment(name: "DC", identifier: "inner"),
            CQLPrefixAssignment(name: nil, identifier: "default"),
        ])
        #expect(scope.resolve(index: "dc.title") == ("inner", "title"))
        #expect(scope.resolve(index: "title") == ("default", "title"))
        #expect(scope.resolve(index: "bath.isbn") == (nil, "bath.isbn"))
    }

    @Test func sortKeysFollowSortbyWithModifiers() throws {
        let query = try CQLParser.parse("dc.title = fish SORTBY dc.date/sort.descending dc.creator")
        #expect(
            query.sortKeys == [
                CQLSortKey(index: "dc.date", modifiers: [CQLModifier(name: "sort.descending")]),
                CQLSortKey(index: "dc.creator"),
            ])
    }

    @Test func quotedTermsKeepEscapesAndKeywordsCanBeTerms() throws {
        #expect(try CQLParser.parse(#""say \"hi\"""#).root == .searchClause(CQLSearchClause(term: #"say \"hi\""#)))
        #expect(try CQLParser.parse("OR").root == .searchClause(CQLSearchClause(term: "or")))
        #expect(try CQLParser.parse(#""""#).root == .searchClause(CQLSearchClause(term: "")))
    }

    @Test func chineseTermsAndIndexesAreKept() throws {
        let query = try CQLParser.parse("dc.title = 图书馆 and dc.creator = \"鲁迅\"")
        #expect(query.xcql.contains("<term>图书馆</term>"))
        #expect(query.xcql.contains("<term>鲁迅</term>"))
    }
}
