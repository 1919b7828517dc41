import Foundation
import Logging
import Synchronization

/// A swift-log handler that writes one JSON object per line to standard error: `ts` (ISO 8601 UTC with
/// milliseconds), `level`, `logger` (the label), `msg`, then the metadata flattened into the object
/// (`request_id`, `method`, `path`, `status`, `duration_ms`, …). Numbers and booleans stay JSON numbers and
/// booleans; nested metadata becomes nested objects and arrays.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    let label: String
    let sink: @Sendable (String) -> Void

    /// Keys the handler writes itself; metadata with these names cannot replace them.
    static let reservedKeys: Set<String> = ["ts", "level", "logger", "msg"]
    /// Serialises lines from all threads, so that two lines never interleave.
    private static let standardError = Mutex(())

    public init(
        label: String, level: Logger.Level = .info, metadataProvider: Logger.MetadataProvider? = nil,
        sink: (@Sendable (String) -> Void)? = nil
    ) {
        self.label = label
        self.logLevel = level
        self.metadataProvider = metadataProvider
        self.sink = sink ?? Self.writeToStandardError
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        if merged["request_id"] != nil { merged["hb.request.id"] = nil }  // the same id, once is enough
        sink(Self.line(at: Date(), level: event.level, label: label, message: "\(event.message)", metadata: merged))
    }

    /// The JSON object for one event, without the trailing newline.
    static func line(at date: Date, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata)
        -> String
    {
        var out = "{\"ts\":\"\(timestamp(date))\",\"level\":\"\(level.rawValue)\",\"logger\":"
        JSONText.appendString(label, to: &out)
        out += ",\"msg\":"
        JSONText.appendString(message, to: &out)
        for key in metadata.keys.sorted() where !reservedKeys.contains(key) {
            out += ","
            JSONText.appendString(key, to: &out)
            out += ":"
            if let value = metadata[key] { JSONText.append(value, to: &out) }
        }
        return out + "}"
    }

    /// `2026-12-02T01:55:53.123Z`.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(milliseconds % 1000))
    }

    @Sendable static func writeToStandardError(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        standardError.withLock { _ in
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { return }  // standard error is gone: drop the line
                    offset += written
                }
            }
        }
    }
}
