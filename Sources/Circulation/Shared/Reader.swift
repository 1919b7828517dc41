/// A reader (patron) of the consortium. The pure core refers to readers only by `Identifier<Reader>` and
/// by their `ReaderStanding`; the readers-and-cards step gives this type its fields.
public enum Reader {}
