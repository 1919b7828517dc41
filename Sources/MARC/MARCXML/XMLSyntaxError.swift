/// A well-formedness error in XML input, located by line, column and byte offset.
struct XMLSyntaxError: Error {
    var message: String
    var line: Int
    var column: Int
    var offset: Int
}
