import Foundation

/// The side-by-side table of `pinakes-bench search`: one column per engine and the anchors.
enum SearchTable {
    static func render(_ columns: [SearchFigures]) -> String {
        var rows: [(String, [String], String)] = []
        rows.append(("records", columns.map { $0.records.map(grouped) ?? "–" }, ""))
        rows.append(("ingest, whole pipeline", columns.map(ingest), "Zebra zebraidx ≈22 s, 4,600 rec/s"))
        rows.append(("top 20, no facets (ms p50/p95/p99)", columns.map { $0.withoutFacets?.text ?? "–" }, ""))
        rows.append(
            (
                "top 20 + exact facets, in process", columns.map { $0.withFacets?.text ?? "–" },
                "Zebra 0.2 ms; facets 10 ms p50 / 100 ms p95"
            ))
        rows.append(("top 20 + facets over HTTP", columns.map { $0.httpLatency?.text ?? "–" }, ""))
        rows.append(
            (
                "searches/s over HTTP, 2 cores",
                columns.map { $0.httpSearchesPerSecond.map { grouped(Int($0)) } ?? "–" },
                "goal ≥ 2,000/s with facets"
            ))
        rows.append(
            (
                "Chinese Simplified in top 20", columns.map { found($0, "chinese-simplified") },
                "FTS5/PG 7/50, Zebra ICU 32/50; goal all"
            ))
        rows.append(("Chinese Traditional in top 20", columns.map { found($0, "chinese-traditional") }, "goal all"))
        rows.append(("known items in top 20", columns.map { found($0, "known-item") }, ""))
        rows.append(("authors in top 20", columns.map { found($0, "author") }, ""))
        rows.append(("citations in the file, in top 20", columns.map { found($0, "citation") }, ""))
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let widths = columns.indices.map { i in
            max(columns[i].name.count, rows.map { $0.1[i].count }.max() ?? 0) + 2
        }
        var text = pad("", labelWidth + 2) + zip(columns, widths).map { pad($0.name, $1) }.joined() + "issue\n"
        for (label, values, anchor) in rows {
            text += pad(label, labelWidth + 2) + zip(values, widths).map { pad($0, $1) }.joined() + anchor + "\n"
        }
        for column in columns where !column.notes.isEmpty {
            text += "\n\(column.name):\n" + column.notes.map { "  - \($0)" }.joined(separator: "\n") + "\n"
        }
        return text
    }

    private static func ingest(_ column: SearchFigures) -> String {
        guard let seconds = column.ingestSeconds else { return "–" }
        let rate = column.records.map { " (\(grouped(Int(Double($0) / seconds))) rec/s)" } ?? ""
        return String(format: "%.1f s", seconds) + rate
    }

    private static func found(_ column: SearchFigures, _ kind: String) -> String {
        guard let tally = column.found[kind] else { return "–" }
        return "\(tally.found)/\(tally.of)"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 && c != "-" { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
