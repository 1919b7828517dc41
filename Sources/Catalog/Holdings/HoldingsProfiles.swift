import Foundation
import PinakesCore

/// The built-in holdings profiles and the lookup of `--profile NAME|FILE.json`.
public enum HoldingsProfiles {
    /// Koha 952, Evergreen 949, Sirsi 999, MARC 852/876 and UNIMARC 995, read from the bundled JSON.
    public static let builtIn: [HoldingsProfile] = {
        guard let url = Bundle.module.url(forResource: "holdings-profiles", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let profiles = try? JSONDecoder().decode([HoldingsProfile].self, from: data)
        else { return [] }
        return profiles
    }()

    /// A built-in profile by name, or the profiles in a JSON file (one object or an array).
    public static func resolve(_ nameOrPath: String) throws -> [HoldingsProfile] {
        if let profile = builtIn.first(where: { $0.name == nameOrPath.lowercased() }) { return [profile] }
        guard FileManager.default.fileExists(atPath: nameOrPath) else {
            let names = builtIn.map(\.name).joined(separator: ", ")
            throw PinakesError.invalidInput(
                "unknown holdings profile '\(nameOrPath)': use one of \(names) or the path of a JSON profile file")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: nameOrPath))
        do {
            if let many = try? JSONDecoder().decode([HoldingsProfile].self, from: data) { return many }
            return [try JSONDecoder().decode(HoldingsProfile.self, from: data)]
        } catch {
            throw PinakesError.invalidInput("holdings profile file \(nameOrPath) is not valid: \(error)")
        }
    }
}
