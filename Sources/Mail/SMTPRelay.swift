/// Where notices are handed over: the consortium's mail relay (a local Postfix, or the city's mail gateway).
public struct SMTPRelay: Sendable, Hashable {
    public var host: String
    public var port: Int
    /// The name this node gives in EHLO.
    public var heloName: String
    /// AUTH PLAIN credentials, for relays that want them (send them only over a trusted network).
    public var username: String?
    public var password: String?
    /// How long one session with the relay may take, in seconds.
    public var timeoutSeconds: Int64

    public init(
        host: String, port: Int = 25, heloName: String = "pinakes.localdomain", username: String? = nil,
        password: String? = nil, timeoutSeconds: Int64 = 30
    ) {
        self.host = host
        self.port = port
        self.heloName = heloName
        self.username = username
        self.password = password
        self.timeoutSeconds = timeoutSeconds
    }

    /// `host` or `host:port` (port 25 when absent), as given on the command line.
    public static func parse(_ text: String) throws(MailError) -> SMTPRelay {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty else {
            throw MailError.unreachable("“\(text)” is not host or host:port")
        }
        guard parts.count == 2 else { return SMTPRelay(host: String(parts[0])) }
        guard let port = Int(parts[1]), (1...65535).contains(port) else {
            throw MailError.unreachable("“\(parts[1])” is not a TCP port")
        }
        return SMTPRelay(host: String(parts[0]), port: port)
    }
}
