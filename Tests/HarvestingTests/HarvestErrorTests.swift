import Testing

@testable import Harvesting

@Suite struct HarvestErrorTests {
    @Test func badResponsesDiffer() {
        #expect(HarvestError.badResponse("a") != HarvestError.badResponse("b"))
    }
}
