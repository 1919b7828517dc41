import Foundation

/// A one-page PDF standing in for a scanned chapter in the demo's document delivery.
enum DemoDocument {
    static func pdf(title: String, chapter: String) -> [UInt8] {
        let text = "Pinakes demo copy: \(ascii(title)), \(ascii(chapter))"
        let stream =
            "BT /F1 14 Tf 60 760 Td (\(text)) Tj 0 -24 Td (Supplied by Suzhou Public Libraries under ISO 18626.) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    /// PDF's standard fonts carry Latin text only; other characters and PDF's string delimiters become spaces.
    private static func ascii(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.isASCII && !"()\\".unicodeScalars.contains($0) ? Character($0) : " " })
    }
}
