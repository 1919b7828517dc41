import Catalog
import Foundation
import MARC
import Testing

/// Places records one by one, as the importer does, keeping every placed record as a candidate.
struct InMemoryClusters {
    var clusters: [Int64: [String]] = [:]
    var placed: [(id: String, cluster: Int64, points: MatchPoints)] = []
    var byKey: [MatchKey: [Int]] = [:]
    var next: Int64 = 1

    mutating func place(_ id: String, _ record: Record) -> Int64 {
        let points = MatchPoints(BibliographicSummary(record))
        let indexes = Set(points.keys.flatMap { byKey[$0] ?? [] })
        let candidates = indexes.sorted().map {
            ClusterMatcher.Candidate(clusterID: placed[$0].cluster, points: placed[$0].points)
        }
        let cluster =
            ClusterMatcher.cluster(for: points, among: candidates)
            ?? {
                defer { next += 1 }
                return next
            }()
        clusters[cluster, default: []].append(id)
        for key in points.keys { byKey[key, default: []].append(placed.count) }
        placed.append((id, cluster, points))
        return cluster
    }
}

func book(
    _ id: String, title: String, author: String? = nil, year: String = "2001", isbn: String? = nil,
    cancelledISBN: String? = nil, issn: String? = nil, publisher: String = "Zhonghua shu ju", pages: String = "350 p."
) -> Record {
    var fields = [
        Field(tag: "001", value: id),
        Field(tag: "008", value: "010101s\(year)    ch a          000 0 chi d"),
    ]
    if isbn != nil || cancelledISBN != nil {
        fields.append(
            Field(
                tag: "020",
                subfields: (isbn.map { [Subfield(code: "a", value: $0)] } ?? [])
                    + (cancelledISBN.map { [Subfield(code: "z", value: $0)] } ?? [])))
    }
    if let issn { fields.append(Field(tag: "022", subfields: [Subfield(code: "a", value: issn)])) }
    if let author { fields.append(Field(tag: "100", indicator1: "1", subfields: [Subfield(code: "a", value: author)])) }
    fields.append(Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: title)]))
    fields.append(
        Field(tag: "260", subfields: [Subfield(code: "b", value: publisher + ","), Subfield(code: "c", value: year)]))
    fields.append(Field(tag: "300", subfields: [Subfield(code: "a", value: pages)]))
    return Record(leader: Leader("00000nam a2200000 a 4500"), fields: fields)
}

@Suite struct RecordsOfOneManifestationShareACluster {
    @Test func sharedISBNFromTenAndThirteenDigitForms() {
        var clusters = InMemoryClusters()
        let a = clusters.place("a", book("a", title: "Hong lou meng", isbn: "7-101-00351-6"))
        let b = clusters.place("b", book("b", title: "Hong lou meng / Cao Xueqin.", isbn: "9787101003512"))
        #expect(a == b)
    }

    @Test func descriptiveMatchToleratesPunctuationArticlesAndAFewPages() {
        var clusters = InMemoryClusters()
        let a = clusters.place(
            "a", book("a", title: "The history of Suzhou :", author: "Wang, Li.", pages: "xii, 350 p."))
        let b = clusters.place("b", book("b", title: "History of Súzhou", author: "Wang, Li, 1950-", pages: "352 p."))
        #expect(a == b)
    }

    @Test func neverMergesDifferentYearsOrDifferentISSNs() {
        var clusters = InMemoryClusters()
        let a = clusters.place("a", book("a", title: "Annual report", year: "2001", isbn: "9787101003512"))
        let b = clusters.place("b", book("b", title: "Annual report", year: "2002", isbn: "9787101003512"))
        #expect(a != b)
        let c = clusters.place("c", book("c", title: "Bulletin", issn: "0028-0836"))
        let d = clusters.place("d", book("d", title: "Bulletin", issn: "0036-8075"))
        #expect(c != d)
    }

    @Test func differentPublishersOrAuthorsStayApart() {
        var clusters = InMemoryClusters()
        let a = clusters.place("a", book("a", title: "Selected poems", author: "Li, Bai", publisher: "Penguin"))
        let b = clusters.place("b", book("b", title: "Selected poems", author: "Du, Fu", publisher: "Penguin"))
        let c = clusters.place("c", book("c", title: "Selected poems", author: "Li, Bai", publisher: "Norton"))
        #expect(Set([a, b, c]).count == 3)
    }

    @Test func aCancelledISBNAloneDoesNotMerge() {
        var clusters = InMemoryClusters()
        let a = clusters.place("a", book("a", title: "Tea", year: "1999", isbn: "9787101003512", publisher: "A"))
        let b = clusters.place(
            "b", book("b", title: "Coffee", year: "1999", cancelledISBN: "9787101003512", publisher: "B"))
        #expect(a != b)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: demoFile("demo-central.mrc"))))
    func theUniversitysCopiesOfLoCRecordsJoinTheCentralLibrarysClusters() throws {
        var clusters = InMemoryClusters()
        var central: [String: Int64] = [:]
        for record in try ISO2709Reader(path: demoFile("demo-central.mrc")) {
            let id = record.controlValue("001") ?? ""
            central[id] = clusters.place("CEN:" + id, record)
        }
        let before = clusters.clusters.count
        var joined = 0
        var university = 0
        for record in try ISO2709Reader(path: demoFile("demo-university.mrc")) {
            university += 1
            let id = record.controlValue("001") ?? ""
            if clusters.place("SUDA:" + id, record) == central[id] { joined += 1 }
        }
        #expect(university == 284 && joined == university)
        #expect(clusters.clusters.count == before)
        // Distinct LoC records do not collapse into each other.
        #expect(before > 2150)
    }
}

func demoFile(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PinakesApp/Demo/\(name)").path
}

@Suite struct VolumesOfASetSharingOneISBNStayApart {
    @Test func setISBNWithDifferentTitlesDoesNotMerge() {
        var clusters = InMemoryClusters()
        let a = clusters.place("a", book("a", title: "Shōwa kinʼyū seisakushi", isbn: "9784756805232"))
        let b = clusters.place("b", book("b", title: "Keiki-dokuhon", isbn: "9784756805232"))
        let c = clusters.place("c", book("c", title: "Keiki-dokuhon : a reader", isbn: "9784756805232"))
        #expect(a != b && b == c)
    }
}

/// Seen in the LoC sample: four picture books of a series catalogued alike, a teacher's edition beside the
/// student's. A descriptive match alone must not join records the publisher told apart.
@Suite struct RecordsThePublisherToldApartStayApart {
    func withEdition(_ record: Record, _ edition: String) -> Record {
        var fields = record.fields
        fields.append(Field(tag: "250", subfields: [Subfield(code: "a", value: edition)]))
        return Record(leader: record.leader, fields: fields)
    }

    @Test func booksOfASeriesDescribedAlikeWithTheirOwnISBNs() {
        var clusters = InMemoryClusters()
        let a = clusters.place("a", book("a", title: "Who am I?", author: "Butterfield, Moira", isbn: "1929298897"))
        let b = clusters.place("b", book("b", title: "Who am I?", author: "Butterfield, Moira", isbn: "1929298927"))
        #expect(a != b)
        // Without ISBNs the same description still makes one title.
        let c = clusters.place("c", book("c", title: "Tea and poetry", author: "Lu, Yu"))
        let d = clusters.place("d", book("d", title: "Tea and poetry", author: "Lu, Yu"))
        #expect(c == d)
    }

    @Test func anInstructorsEditionIsNotTheStudentsEdition() {
        var clusters = InMemoryClusters()
        let student = clusters.place("s", withEdition(book("s", title: "Encuentros", author: "Spinelli"), "4th ed."))
        let teacher = clusters.place(
            "t", withEdition(book("t", title: "Encuentros", author: "Spinelli"), "Instructor's annotated ed., 4th ed."))
        let again = clusters.place("u", withEdition(book("u", title: "Encuentros", author: "Spinelli"), "4th edition"))
        #expect(student != teacher)
        #expect(student == again)
    }
}

/// Seen in the LoC sample: two volumes of a symposium series carry the series ISSN in 022.
@Suite struct BooksOfOneSeriesISSNStayApart {
    @Test func aSharedSeriesISSNDoesNotJoinDifferentTitles() {
        var clusters = InMemoryClusters()
        let a = clusters.place(
            "a", book("a", title: "Superplasticity: current status", year: "2000", issn: "0272-9172"))
        let b = clusters.place(
            "b", book("b", title: "Self-organized processes in semiconductor alloys", year: "2000", issn: "0272-9172"))
        let c = clusters.place(
            "c", book("c", title: "Superplasticity : current status", year: "2000", issn: "0272-9172"))
        #expect(a != b)
        #expect(a == c)
    }
}
