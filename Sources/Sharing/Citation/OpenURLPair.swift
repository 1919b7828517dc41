import Foundation

/// One `key=value` of an OpenURL query, the value still encoded.
struct OpenURLPair {
    var key: String
    var value: String
}
