import Testing

@testable import Z3950

@Suite struct Z3950ErrorTests {
    @Test func malformedNamesItsOffset() {
        #expect(Z3950Error.malformed("x", offset: 3) != Z3950Error.malformed("x", offset: 4))
    }
}
