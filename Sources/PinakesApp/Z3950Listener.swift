import Z3950

/// Where a node serves Z39.50 (copy cataloguing, federated search clients): the TCP address and the
/// server's limits.
public struct Z3950Listener: Sendable {
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    public var configuration: Z3950Configuration

    public init(host: String, port: Int, configuration: Z3950Configuration = Z3950Configuration()) {
        self.host = host
        self.port = port
        self.configuration = configuration
    }
}
