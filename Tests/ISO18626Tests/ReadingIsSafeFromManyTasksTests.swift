import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct ReadingIsSafeFromManyTasks {
    @Test func concurrentReadsAllSucceed() async throws {
        let reader = try ISO18626Reader(requiresRequestingAgencyRequestID: false)
        let names = CrosslinkSamples.validNames
        let accepted = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                for name in names {
                    group.addTask { reader.read(CrosslinkSamples.bytes(name)).value != nil }
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(accepted == names.count * 8)
        #expect(names.count == 30)
    }
}
