import Foundation

/// Locale-free decimal text for amounts and scores, the same on every machine (`12.50`, `-0.05`, `3.5`).
public enum DecimalText {
    /// Cents (hundredths of the unit) as a decimal with two places: 1250 → `12.50`, -5 → `-0.05`.
    public static func cents(_ cents: Int) -> String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// `value` rounded to at most `places` decimals, without trailing zeros: 3.50 → `3.5`, 2.0 → `2`.
    public static func number(_ value: Double, places: Int = 2) -> String {
        guard value.isFinite else { return "\(value)" }
        let digits = max(0, min(places, 9))
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9e15 else { return "\(value)" }
        let units = Int(scaled)
        var fraction = String(units % scale)
        while fraction.count < digits { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && units > 0 ? "-" : ""
        return sign + "\(units / scale)" + (fraction.isEmpty ? "" : "." + fraction)
    }
}
