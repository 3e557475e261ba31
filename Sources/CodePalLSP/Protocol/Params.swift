import CodePalSupport
import CodePalSyntax

/// Typed reads of request parameters that fail with InvalidParams naming the missing field.
extension JSON {
    func required(_ key: String) throws -> JSON {
        guard let value = self[key], !value.isNull else { throw ResponseError.invalidParams("missing `\(key)`") }
        return value
    }

    func requiredString(_ key: String) throws -> String {
        guard let value = try required(key).string else { throw ResponseError.invalidParams("`\(key)` must be a string") }
        return value
    }

    func requiredInt(_ key: String) throws -> Int {
        guard let value = try required(key).int else { throw ResponseError.invalidParams("`\(key)` must be an integer") }
        return value
    }

    func documentURI() throws -> String {
        try required("textDocument").requiredString("uri")
    }

    func position() throws -> TextPosition {
        let line = try requiredInt("line")
        let character = try requiredInt("character")
        return TextPosition(line: line, character: character)
    }

    func range() throws -> TextRange {
        TextRange(start: try required("start").position(), end: try required("end").position())
    }
}

extension TextPosition {
    var json: JSON { ["line": .int(line), "character": .int(character)] }
}

extension TextRange {
    var json: JSON { ["start": start.json, "end": end.json] }
}

extension SourceText {
    func lspRange(_ bytes: Range<Int>, _ encoding: PositionEncoding) -> JSON {
        range(of: bytes, in: encoding).json
    }
}
