import Accounts

/// Who may call a route; every route is registered with one (see `RouteTable`).
public enum Access: String, Sendable, CaseIterable {
    /// Anyone, signed in or not (catalogue pages, health, the login form).
    case anyone
    /// Any signed-in account.
    case signedIn = "signed-in"
    /// Library staff or consortium administrators; what they may change is further limited by their scope.
    case staff
    /// Consortium administrators only.
    case admin

    /// Whether `principal` passes this level.
    func admits(_ principal: Principal?) -> Bool {
        switch self {
        case .anyone: return true
        case .signedIn: return principal != nil
        case .staff: return principal?.isStaff == true
        case .admin: return principal?.role == .admin
        }
    }
}
