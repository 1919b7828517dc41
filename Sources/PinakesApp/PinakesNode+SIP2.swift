import SIP2

extension PinakesNode {
    /// The SIP2 server for `listener`, answering kiosks through the node's circulation desk.
    public func sip2Server(_ listener: SIP2Listener, onListening: @escaping @Sendable (Int) -> Void = { _ in })
        -> SIP2Server
    {
        let configuration = listener.configuration
        return SIP2Server(
            host: listener.host, port: listener.port,
            service: CirculationKiosk(desk: circulation, configuration: configuration), configuration: configuration,
            logger: logger, onListening: onListening)
    }
}
