extension XMLTokenizer {
    /// `<name attr="value" …>` or `<name … />`.
    func startTag() throws(XMLSyntaxError) -> XMLEvent {
        var index = 1
        let qname = readName(&index)
        guard !qname.isEmpty else { throw error("invalid character after <", at: 1) }
        var rawAttributes: [([UInt8], String)] = []
        var selfClosing = false
        while true {
            skipSpaces(&index)
            guard stream.ensure(index + 1) else { throw error("input ends inside a start tag", at: 0) }
            if stream[index] == 0x3E {
                index += 1
                break
            }
            if stream[index] == 0x2F && stream.ensure(index + 2) && stream[index + 1] == 0x3E {
                selfClosing = true
                index += 2
                break
            }
            rawAttributes.append(try attribute(&index))
        }
        var bindings: [(prefix: String, uri: String)] = []
        for (name, value) in rawAttributes {
            if name == Array("xmlns".utf8) {
                bindings.append(("", value))
            } else if name.starts(with: Array("xmlns:".utf8)) {
                bindings.append((String(decoding: name.dropFirst(6), as: UTF8.self), value))
            }
        }
        pushElement(qname, bindings: bindings)
        let name = resolve(qname, isElement: true, at: 1)
        var attributes: [XMLName: String] = [:]
        for (raw, value) in rawAttributes {
            if attributes.updateValue(value, forKey: resolve(raw, isElement: false, at: 1)) != nil {
                problems.append(error("duplicate attribute \(String(decoding: raw, as: UTF8.self))", at: 1))
            }
        }
        advance(index)
        if selfClosing {
            popElement()
            setPendingEnd(name)
        }
        return .start(name, attributes: attributes)
    }

    /// `</name>`, which must close the innermost open element.
    func endTag() throws(XMLSyntaxError) -> XMLEvent {
        var index = 2
        let qname = readName(&index)
        skipSpaces(&index)
        guard stream.ensure(index + 1), stream[index] == 0x3E else { throw error("malformed end tag", at: index) }
        guard let open = openElements.last else {
            throw error("end tag </\(String(decoding: qname, as: UTF8.self))> without a start tag", at: 0)
        }
        guard open.qname == qname else {
            let opened = String(decoding: open.qname, as: UTF8.self)
            throw error("end tag </\(String(decoding: qname, as: UTF8.self))> does not match <\(opened)>", at: 0)
        }
        let name = resolve(qname, isElement: true, at: 2)
        popElement()
        advance(index + 1)
        return .end(name)
    }

    /// Character data up to the next `<`.
    func text() throws(XMLSyntaxError) -> String {
        let stop = stream.find(0x3C, from: 0) ?? stream.available
        let text = decodeCharacters(0, stop, attribute: false)
        advance(stop)
        return text
    }

    private func attribute(_ index: inout Int) throws(XMLSyntaxError) -> ([UInt8], String) {
        let name = readName(&index)
        guard !name.isEmpty else { throw error("invalid character in a start tag", at: index) }
        skipSpaces(&index)
        guard stream.ensure(index + 1), stream[index] == 0x3D else { throw error("attribute without =", at: index) }
        index += 1
        skipSpaces(&index)
        guard stream.ensure(index + 1), stream[index] == 0x22 || stream[index] == 0x27 else {
            throw error("attribute value not quoted", at: index)
        }
        guard let close = stream.find(stream[index], from: index + 1) else {
            throw error("input ends inside an attribute value", at: index)
        }
        let value = decodeCharacters(index + 1, close, attribute: true)
        index = close + 1
        return (name, value)
    }

    private func readName(_ index: inout Int) -> [UInt8] {
        var name: [UInt8] = []
        while stream.ensure(index + 1), isNameByte(stream[index]) {
            name.append(stream[index])
            index += 1
        }
        return name
    }

    private func skipSpaces(_ index: inout Int) {
        while stream.ensure(index + 1), isSpace(stream[index]) { index += 1 }
    }

    /// Splits `prefix:local` and looks the prefix up; unprefixed attributes have no namespace.
    private func resolve(_ qname: [UInt8], isElement: Bool, at position: Int) -> XMLName {
        guard let colon = qname.firstIndex(of: 0x3A) else {
            let local = String(decoding: qname, as: UTF8.self)
            return XMLName(namespace: isElement ? (namespaceURI(for: "") ?? "") : "", local: local)
        }
        let prefix = String(decoding: qname[..<colon], as: UTF8.self)
        let local = String(decoding: qname[(colon + 1)...], as: UTF8.self)
        guard let uri = namespaceURI(for: prefix) else {
            if prefix != "xmlns" { problems.append(error("namespace prefix \(prefix) is not declared", at: position)) }
            return XMLName(namespace: "", local: local)
        }
        return XMLName(namespace: uri, local: local)
    }
}
