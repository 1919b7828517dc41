import Accounts
import ArgumentParser
import Foundation

/// `pinakes user add`: accounts for administrators, staff, readers and partners.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage sign-in accounts.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account. The password comes from --password, PINAKES_PASSWORD or standard input.")

        @OptionGroup var storage: StorageOptions
        @Argument(help: "Username (2–64 letters, digits, '.', '_', '-', '@').") var username: String
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String = "reader"
        @Option(name: .customLong("library"), help: "A library the account works for (repeatable; staff need one).")
        var libraries: [String] = []
        @Option(help: "Display name.") var name: String?
        @Option(help: "E-mail address.") var email: String?
        @Option(help: "Password (prefer PINAKES_PASSWORD or standard input: options show in process lists).")
        var password: String?

        func run() async throws {
            guard let parsedRole = Role(rawValue: role) else {
                throw ValidationError(
                    "unknown role '\(role)'; use one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let secret =
                password ?? ProcessInfo.processInfo.environment["PINAKES_PASSWORD"] ?? readLine(strippingNewline: true)
            guard let secret, !secret.isEmpty else { throw ValidationError("no password given") }
            let node = try await storage.openNode()
            do {
                let account = try await node.accounts.add(
                    username: username, password: secret, role: parsedRole, displayName: name, email: email,
                    libraryCodes: libraries, actor: "cli")
                await node.shutdown()
                let scope = account.libraryCodes.isEmpty ? "" : " for \(account.libraryCodes.joined(separator: ", "))"
                print("Added \(account.role.rawValue) \(account.username)\(scope)")
            } catch {
                await node.shutdown()
                throw CLIError(CLIError.describe(error))
            }
        }
    }
}
