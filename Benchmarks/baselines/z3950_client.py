"""A small Z39.50 client for the protocols benchmark: Init, Search (type-1 RPN, Bib-1) and Present, BER by hand.

Only what a copy-cataloguing client sends (Z39.50-2003, ASN.1 module Z39-50-APDU-1995): the tags below are the
context tags of InitializeRequest [20], SearchRequest [22] and PresentRequest [24]. Responses are read far enough
to take the result count (SearchResponse resultCount [23]) and the number of records (PresentResponse [24]).
"""

import socket

BIB1 = "1.2.840.10003.3.1"
SYNTAX = {"usmarc": "1.2.840.10003.5.10", "xml": "1.2.840.10003.5.109.10"}


def length(n):
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def tag(number, constructed=False, context=True):
    first = (0x80 if context else 0) | (0x20 if constructed else 0)
    if number < 31:
        return bytes([first | number])
    digits = []
    while True:
        digits.insert(0, number & 0x7F)
        number >>= 7
        if not number:
            break
    return bytes([first | 0x1F] + [d | 0x80 for d in digits[:-1]] + [digits[-1]])


def tlv(tag_bytes, content):
    return tag_bytes + length(len(content)) + content


def integer(n):
    return n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big", signed=True)


def oid(text):
    parts = [int(p) for p in text.split(".")]
    out = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.insert(0, 0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(chunk)
    return tlv(b"\x06", out)


def init_request():
    version = tlv(tag(3), b"\x05\xe0")  # versions 1, 2, 3
    options = tlv(tag(4), b"\x00\xe0\x00")  # search, present, delSet (bits 0-2)
    return tlv(tag(20, True), version + options + tlv(tag(5), integer(1 << 20)) + tlv(tag(6), integer(1 << 20)))


def operand(use, word):
    attributes = tlv(tag(44, True), tlv(b"\x30", tlv(tag(120), integer(1)) + tlv(tag(121), integer(use))))
    return tlv(tag(0, True), tlv(tag(102, True), attributes + tlv(tag(45), word.encode("utf-8"))))


def rpn(use, words):
    """Words ANDed, each with the use attribute (as yaz-client sends `@attr 1=U @and w1 w2`)."""
    node = operand(use, words[-1])
    for word in reversed(words[:-1]):
        node = tlv(tag(1, True), operand(use, word) + node + tlv(tag(46, True), tlv(tag(0), b"")))
    return node


def search_request(use, words, database="Default"):
    query = tlv(tag(21, True), tlv(tag(1, True), oid(BIB1) + rpn(use, words)))
    body = (
        tlv(tag(13), integer(0)) + tlv(tag(14), integer(1)) + tlv(tag(15), integer(0)) + tlv(tag(16), b"\xff")
        + tlv(tag(17), b"default") + tlv(tag(18, True), tlv(tag(105), database.encode())) + query
    )
    return tlv(tag(22, True), body)


def present_request(count, syntax):
    body = (
        tlv(tag(31), b"default") + tlv(tag(30), integer(1)) + tlv(tag(29), integer(count))
        + tlv(tag(104), oid(SYNTAX[syntax])[2:])
    )
    return tlv(tag(24, True), body)


def read_header(data, at):
    """(tag bytes, content start, content length or None for the indefinite form) of the TLV at `at`; None when
    the header is incomplete."""
    start = at
    if at >= len(data):
        return None
    first = data[at]
    at += 1
    if first & 0x1F == 0x1F:
        while at < len(data) and data[at] & 0x80:
            at += 1
        at += 1
    if at >= len(data):
        return None
    n = data[at]
    at += 1
    if n == 0x80:
        return data[start:at], at, None
    if n & 0x80:
        size = n & 0x7F
        if at + size > len(data):
            return None
        n = int.from_bytes(data[at:at + size], "big")
        at += size
    return data[start:at], at, n


def tlv_end(data, at):
    """Where the TLV at `at` ends (after its end-of-contents octets when indefinite); None when incomplete."""
    header = read_header(data, at)
    if header is None:
        return None
    _, start, size = header
    if size is not None:
        return start + size if start + size <= len(data) else None
    at = start
    while True:
        if at + 2 > len(data):
            return None
        if data[at] == 0 and data[at + 1] == 0:
            return at + 2
        at = tlv_end(data, at)
        if at is None:
            return None


class Connection:
    """One Z39.50 association: Init on connect, then search + present as a cataloguer's client does."""

    def __init__(self, host, port, timeout=30):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buffer = b""
        reply = self.exchange(init_request())
        if reply[0] != 0xB5:
            raise RuntimeError("no InitializeResponse")

    def exchange(self, apdu):
        self.sock.sendall(apdu)
        while True:
            end = tlv_end(self.buffer, 0)
            if end is not None:
                apdu, self.buffer = self.buffer[:end], self.buffer[end:]
                return apdu
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise RuntimeError("connection closed")
            self.buffer += chunk

    @staticmethod
    def field(apdu, wanted):
        """The integer value of the top-level field whose tag byte is `wanted`, or None."""
        _, at, _ = read_header(apdu, 0)
        end = tlv_end(apdu, 0)
        while at < end and apdu[at:at + 2] != b"\x00\x00":
            tag_bytes, start, size = read_header(apdu, at)
            if tag_bytes[0] == wanted and size is not None:
                return int.from_bytes(apdu[start:start + size], "big", signed=True)
            at = tlv_end(apdu, at)
        return None

    def search(self, use, words, present=10, syntax="xml"):
        """Hit count, and records returned by a Present of the first `present`."""
        reply = self.exchange(search_request(use, words))
        if reply[0] != 0xB7:
            raise RuntimeError("no SearchResponse")
        hits = self.field(reply, 0x97) or 0
        returned = 0
        if hits and present:
            reply = self.exchange(present_request(min(hits, present), syntax))
            if reply[0] != 0xB9:
                raise RuntimeError("no PresentResponse")
            returned = self.field(reply, 0x98) or 0
        return hits, returned

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
