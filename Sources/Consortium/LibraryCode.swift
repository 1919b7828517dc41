import Foundation
import PinakesCore

/// Library codes: 1–20 letters, digits, `-` or `_`, stored in upper case.
public enum LibraryCode {
    /// The code in its stored form, or an error that quotes the bad code.
    public static func normalise(_ code: String) throws -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
        let allowed = trimmed.unicodeScalars.allSatisfy {
            ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_"
        }
        guard !trimmed.isEmpty, trimmed.count <= 20, allowed else {
            throw PinakesError.invalidInput(
                "library code '\(code)' is not valid: use 1–20 letters, digits, '-' or '_'")
        }
        return trimmed
    }
}
