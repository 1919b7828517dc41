import Consortium
import PinakesCore
import PinakesTestSupport
import Testing

@Suite struct LibraryDirectoryKeepsATreeOfLibraries {
    @Test(arguments: TestDatabase.backends)
    func addsConsortiumCentralBranchesAndMembers(backend: Database.Backend) async throws {
        let node = try await TestDatabase.node(backend)
        defer { Task { await node.shutdown() } }
        let root = try await node.libraries.add(NewLibrary(code: "sz", name: "Consortium"), actor: "test")
        #expect(root.type == .consortium && root.code == "SZ")
        _ = try await node.libraries.add(NewLibrary(code: "CEN", name: "Central", type: .central), actor: "test")
        _ = try await node.libraries.add(
            NewLibrary(
                code: "GUSU", name: "Gusu", nameZh: "姑苏区分馆", parentCode: "cen", region: "Gusu", latitude: 31.3,
                longitude: 120.6, populationServed: 950_000), actor: "test")
        _ = try await node.libraries.add(
            NewLibrary(code: "BM1", name: "Bookmobile", type: .bookmobile, parentCode: "CEN"), actor: "test")
        _ = try await node.libraries.add(NewLibrary(code: "ARCH", name: "Archive", type: .archive), actor: "test")
        let all = try await node.libraries.all()
        #expect(all.map(\.code) == ["SZ", "CEN", "GUSU", "BM1", "ARCH"])
        let gusu = try #require(all.first { $0.code == "GUSU" })
        #expect(gusu.type == .branch && gusu.nameZh == "姑苏区分馆" && gusu.populationServed == 950_000)
        let central = try #require(all.first { $0.code == "CEN" })
        #expect(
            LibraryTree(all).subtree(of: central.id)
                == Set(all.filter { ["CEN", "GUSU", "BM1"].contains($0.code) }.map(\.id)))
    }

    @Test(arguments: TestDatabase.backends)
    func refusesDuplicateCodesUnknownParentsAndImpossibleParents(backend: Database.Backend) async throws {
        let node = try await TestDatabase.node(backend)
        defer { Task { await node.shutdown() } }
        _ = try await node.libraries.add(NewLibrary(code: "SZ", name: "Consortium"), actor: "test")
        _ = try await node.libraries.add(NewLibrary(code: "BM1", name: "Bookmobile", type: .bookmobile), actor: "test")
        await #expect(throws: PinakesError.conflict("library code BM1 is already in use")) {
            try await node.libraries.add(NewLibrary(code: "bm1", name: "Again"), actor: "test")
        }
        await #expect(throws: PinakesError.notFound("unknown parent library code NOPE")) {
            try await node.libraries.add(NewLibrary(code: "X", name: "X", parentCode: "nope"), actor: "test")
        }
        await #expect(throws: PinakesError.self) {
            try await node.libraries.add(NewLibrary(code: "SP", name: "Stop", parentCode: "BM1"), actor: "test")
        }
        await #expect(throws: PinakesError.self) {
            try await node.libraries.add(NewLibrary(code: "bad code!", name: "X"), actor: "test")
        }
        #expect(try await node.libraries.all().count == 2)
    }
}
