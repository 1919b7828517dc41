import PinakesCore

/// Clustering failures, said in the words of the shared error type.
enum ClusterStoreError {
    static func notStored(_ what: String) -> PinakesError { .conflict("\(what) could not be stored") }
}
