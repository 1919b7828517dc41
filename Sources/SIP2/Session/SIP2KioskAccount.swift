/// A kiosk's SIP2 login (93: CN user, CO password) and the library it stands in when its messages name none.
public struct SIP2KioskAccount: Sendable, Hashable {
    /// CN login user id.
    public var user: String
    /// CO login password.
    public var password: String
    /// The code of the library where the kiosk stands (`CEN`, `GUSU`).
    public var library: String

    public init(user: String, password: String, library: String) {
        self.user = user
        self.password = password
        self.library = library
    }

    /// Whether `user` and `password` are this account's, comparing every byte so timing tells nothing.
    public func accepts(user: String, password: String) -> Bool {
        Self.same(user, self.user) && Self.same(password, self.password)
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        var difference = UInt8(truncatingIfNeeded: left.count ^ right.count)
        for index in 0..<max(left.count, right.count) {
            let x = index < left.count ? left[index] : 0
            let y = index < right.count ? right[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
