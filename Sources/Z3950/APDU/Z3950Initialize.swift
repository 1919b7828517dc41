/// InitializeRequest (Z39.50-2003 3.2.1.1): the client's versions, options, message sizes and identity.
public struct Z3950InitializeRequest: Sendable, Hashable {
    public var referenceId: [UInt8]?
    /// Set bits of protocolVersion: 0 = version 1, 1 = version 2, 2 = version 3.
    public var protocolVersions: Set<Int>
    public var options: Set<Z3950Option>
    public var preferredMessageSize: Int
    public var exceptionalRecordSize: Int
    /// idAuthentication: `open` text, or `user/password` from idPass.
    public var authentication: String?
    public var implementationId: String?
    public var implementationName: String?
    public var implementationVersion: String?

    public init(
        referenceId: [UInt8]? = nil, protocolVersions: Set<Int> = [0, 1, 2], options: Set<Z3950Option>,
        preferredMessageSize: Int = 1_048_576, exceptionalRecordSize: Int = 1_048_576, authentication: String? = nil,
        implementationId: String? = nil, implementationName: String? = nil, implementationVersion: String? = nil
    ) {
        self.referenceId = referenceId
        self.protocolVersions = protocolVersions
        self.options = options
        self.preferredMessageSize = preferredMessageSize
        self.exceptionalRecordSize = exceptionalRecordSize
        self.authentication = authentication
        self.implementationId = implementationId
        self.implementationName = implementationName
        self.implementationVersion = implementationVersion
    }

    var value: BERValue {
        .constructed(
            20,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) },
                .bits(3, protocolVersions, count: 3), .bits(4, Set(options.map(\.rawValue)), count: 16),
                .integer(5, preferredMessageSize), .integer(6, exceptionalRecordSize),
                authentication.map { .constructed(7, [.string(26, $0, .universal)]) },
                implementationId.map { .string(110, $0) }, implementationName.map { .string(111, $0) },
                implementationVersion.map { .string(112, $0) },
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        protocolVersions = try value.require(3, "protocolVersion").setBits
        options = Set(try value.require(4, "options").setBits.compactMap(Z3950Option.init(rawValue:)))
        preferredMessageSize = try value.require(5, "preferredMessageSize").integer()
        exceptionalRecordSize = try value.require(6, "exceptionalRecordSize").integer()
        authentication = value.child(7).map(Self.authentication)
        implementationId = value.child(110)?.string
        implementationName = value.child(111)?.string
        implementationVersion = value.child(112)?.string
    }

    /// idAuthentication: open (VisibleString) or idPass SEQUENCE { groupId [0], userId [1], password [2] }.
    private static func authentication(_ value: BERValue) -> String {
        if let open = value.universal(26) { return open.string }
        if let idPass = value.universal(16) {
            return [idPass.child(1)?.string, idPass.child(2)?.string].compactMap { $0 }.joined(separator: "/")
        }
        return ""
    }
}

/// Options of the Init service (Z39.50-2003 3.2.1.1.3), by bit number.
public enum Z3950Option: Int, Sendable, Hashable, CaseIterable {
    case search = 0, present, deleteResultSet, resourceReport, triggerResourceControl, resourceControl
    case accessControl, scan, sort, extendedServices = 10, level1Segmentation, level2Segmentation
    case concurrentOperations, namedResultSets
}

/// InitializeResponse (Z39.50-2003 3.2.1.1): what the server agrees to.
public struct Z3950InitializeResponse: Sendable, Hashable {
    public var referenceId: [UInt8]?
    public var protocolVersions: Set<Int>
    public var options: Set<Z3950Option>
    public var preferredMessageSize: Int
    public var exceptionalRecordSize: Int
    public var result: Bool
    public var implementationId: String?
    public var implementationName: String?
    public var implementationVersion: String?

    public init(
        referenceId: [UInt8]? = nil, protocolVersions: Set<Int>, options: Set<Z3950Option>,
        preferredMessageSize: Int, exceptionalRecordSize: Int, result: Bool, implementationId: String? = nil,
        implementationName: String? = nil, implementationVersion: String? = nil
    ) {
        self.referenceId = referenceId
        self.protocolVersions = protocolVersions
        self.options = options
        self.preferredMessageSize = preferredMessageSize
        self.exceptionalRecordSize = exceptionalRecordSize
        self.result = result
        self.implementationId = implementationId
        self.implementationName = implementationName
        self.implementationVersion = implementationVersion
    }

    var value: BERValue {
        .constructed(
            21,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) },
                .bits(3, protocolVersions, count: 3), .bits(4, Set(options.map(\.rawValue)), count: 16),
                .integer(5, preferredMessageSize), .integer(6, exceptionalRecordSize), .boolean(12, result),
                implementationId.map { .string(110, $0) }, implementationName.map { .string(111, $0) },
                implementationVersion.map { .string(112, $0) },
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        protocolVersions = try value.require(3, "protocolVersion").setBits
        options = Set(try value.require(4, "options").setBits.compactMap(Z3950Option.init(rawValue:)))
        preferredMessageSize = try value.require(5, "preferredMessageSize").integer()
        exceptionalRecordSize = try value.require(6, "exceptionalRecordSize").integer()
        result = try value.require(12, "result").boolean
        implementationId = value.child(110)?.string
        implementationName = value.child(111)?.string
        implementationVersion = value.child(112)?.string
    }
}
