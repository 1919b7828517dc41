import Foundation
import Logging
import PinakesApp

/// How log lines look on standard error: `text` (swift-log's `2026-… info pinakes: … key=value`) or `json` (one
/// object per line, see `JSONLogHandler`). Chosen by `--log-format` or `PINAKES_LOG_FORMAT`, default `text`;
/// the level by `--log-level` or `PINAKES_LOG_LEVEL`, default `warning` (access lines are `info`).
enum LogFormat: String, CaseIterable {
    case text
    case json

    /// The lines `pinakes --help` adds about the logging options, which every command accepts.
    static let discussion = """
        Every command also accepts --log-format text|json (or PINAKES_LOG_FORMAT; default text) and \
        --log-level trace|debug|info|notice|warning|error|critical (or PINAKES_LOG_LEVEL; default warning). \
        Logs go to standard error; with json, one object per line with ts, level, logger, msg and the \
        metadata (request_id, method, path, status, duration_ms on each request's access line at info).
        """

    /// Takes `--log-format` and `--log-level` out of `arguments` (anywhere before `--`), bootstraps swift-log
    /// once for the process, and returns the arguments left for the command parser.
    static func bootstrap(_ arguments: [String]) throws -> [String] {
        var rest: [String] = []
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            guard name == "--log-format" || name == "--log-level" else {
                rest.append(argument)
                index += 1
                continue
            }
            if let equals = argument.firstIndex(of: "=") {
                options[name] = String(argument[argument.index(after: equals)...])
                index += 1
            } else {
                guard index + 1 < arguments.count else { throw CLIError("\(name) needs a value") }
                options[name] = arguments[index + 1]
                index += 2
            }
        }
        let environment = ProcessInfo.processInfo.environment
        let format = try parseFormat(options["--log-format"], environment["PINAKES_LOG_FORMAT"])
        let level = try parseLevel(options["--log-level"], environment["PINAKES_LOG_LEVEL"])
        // Commands read the level from the environment when they make their loggers (`LogLevel.fromEnvironment`).
        setenv("PINAKES_LOG_LEVEL", level.rawValue, 1)
        switch format {
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        case .json:
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        }
        PinakesMetrics.bootstrapOnce()
        return rest
    }

    static func parseFormat(_ option: String?, _ environment: String?) throws -> LogFormat {
        guard let text = option ?? environment.flatMap({ $0.isEmpty ? nil : $0 }) else { return .text }
        guard let format = LogFormat(rawValue: text.lowercased()) else {
            throw CLIError(
                "\(option == nil ? "PINAKES_LOG_FORMAT" : "--log-format") \(text): expected text or json")
        }
        return format
    }

    static func parseLevel(_ option: String?, _ environment: String?) throws -> Logger.Level {
        guard let text = option ?? environment.flatMap({ $0.isEmpty ? nil : $0 }) else { return .warning }
        guard let level = Logger.Level(rawValue: text.lowercased()) else {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError("\(option == nil ? "PINAKES_LOG_LEVEL" : "--log-level") \(text): expected one of \(names)")
        }
        return level
    }
}
