import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578): each part's field name, its filename for a file, and
/// its bytes. The boundary comes from the `Content-Type` header's `boundary` parameter (RFC 2046 §5.1.1).
struct MultipartForm {
    /// One part of the body.
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var body: [UInt8]
    }

    /// Why a body is not a form this parser can read.
    enum Problem: Error, Equatable {
        case notMultipart
        case malformed(String)
    }

    private(set) var parts: [Part] = []

    /// Parses `body` sent with `contentType` (`multipart/form-data; boundary=…`).
    init(body: [UInt8], contentType: String) throws(Problem) {
        guard let boundary = Self.boundary(from: contentType) else { throw .notMultipart }
        let delimiter = Array(("--" + boundary).utf8)
        guard var start = Self.find(delimiter, in: body, from: 0) else { throw .malformed("no boundary in the body") }
        let next = Array(("\r\n--" + boundary).utf8)
        while true {
            start += delimiter.count
            if body[start..<min(start + 2, body.count)].elementsEqual("--".utf8) { return }
            guard body[start..<min(start + 2, body.count)].elementsEqual("\r\n".utf8) else {
                throw .malformed("a boundary is not followed by a line break")
            }
            start += 2
            guard let end = Self.find(next, in: body, from: start) else {
                throw .malformed("the last part is not closed")
            }
            parts.append(try Self.part(Array(body[start..<end])))
            start = end + 2
        }
    }

    /// The text of the first field called `name`.
    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map { String(decoding: $0.body, as: UTF8.self) }
    }

    /// The first file part called `name`.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.filename != nil }
    }

    /// The `boundary` parameter of a `multipart/form-data` content type, unquoted.
    static func boundary(from contentType: String) -> String? {
        let items = parameters(contentType)
        guard items.first?.lowercased() == "multipart/form-data" else { return nil }
        for item in items.dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            let value = unquoted(pair[1])
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }

    /// One part: its headers up to the blank line, then its bytes.
    private static func part(_ bytes: [UInt8]) throws(Problem) -> Part {
        guard let blank = find(Array("\r\n\r\n".utf8), in: bytes, from: 0) else {
            throw .malformed("a part has no blank line after its headers")
        }
        let head = String(decoding: bytes[0..<blank], as: UTF8.self)
        var name: String?
        var filename: String?
        var contentType: String?
        for line in head.components(separatedBy: "\r\n") {
            let header = line.split(separator: ":", maxSplits: 1).map(String.init)
            guard header.count == 2 else { continue }
            switch header[0].trimmingCharacters(in: .whitespaces).lowercased() {
            case "content-disposition":
                let items = parameters(header[1])
                name = value(of: "name", in: items)
                filename = value(of: "filename", in: items)
            case "content-type":
                contentType = header[1].trimmingCharacters(in: .whitespaces)
            default:
                continue
            }
        }
        guard let name else { throw .malformed("a part has no name in its Content-Disposition") }
        return Part(name: name, filename: filename, contentType: contentType, body: Array(bytes[(blank + 4)...]))
    }

    /// `a; b="c;d"; e=f` split on the semicolons outside quotes, each item trimmed.
    static func parameters(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                items.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            }
            current.append(character)
        }
        items.append(current.trimmingCharacters(in: .whitespaces))
        return items
    }

    private static func value(of key: String, in items: [String]) -> String? {
        for item in items {
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key {
                return unquoted(pair[1])
            }
        }
        return nil
    }

    /// A parameter value without its quotes and backslash escapes.
    private static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else { return trimmed }
        var result = ""
        var escaped = false
        for character in trimmed.dropFirst().dropLast() {
            if !escaped && character == "\\" {
                escaped = true
                continue
            }
            escaped = false
            result.append(character)
        }
        return result
    }

    /// The first index at or after `from` where `needle` occurs in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
