import CodePalAnalysis

/// Diagnostics as compact bytes for the check cache. A leading format number lets a later
/// CodePal read an older entry as a miss instead of misreading it.
enum DiagnosticCoding {
    static let format: UInt8 = 1

    static func encode(_ diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = Writer()
        writer.bytes.append(format)
        writer.int(diagnostics.count)
        for diagnostic in diagnostics {
            writer.int(diagnostic.range.lowerBound)
            writer.int(diagnostic.range.upperBound)
            writer.string(diagnostic.severity.rawValue)
            writer.string(diagnostic.code)
            writer.string(diagnostic.category)
            writer.string(diagnostic.message)
            writer.int(diagnostic.tags.count)
            diagnostic.tags.forEach { writer.string($0) }
            writer.bytes.append(diagnostic.isSuppressed ? 1 : 0)
            if let fix = diagnostic.fix {
                writer.bytes.append(fix.isSafe ? 2 : 1)
                writer.string(fix.title)
                writer.int(fix.range.lowerBound)
                writer.int(fix.range.upperBound)
                writer.string(fix.replacement)
            } else {
                writer.bytes.append(0)
            }
        }
        return writer.bytes
    }

    /// Nil when the bytes are not an entry of this format (truncated, foreign, older).
    static func decode(_ bytes: [UInt8]) -> [Diagnostic]? {
        var reader = Reader(bytes: bytes)
        guard reader.byte() == format, let count = reader.int(), count <= bytes.count else { return nil }
        var result: [Diagnostic] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            guard let start = reader.int(), let end = reader.int(), start <= end,
                  let severity = reader.string().flatMap(Severity.init(rawValue:)),
                  let code = reader.string(), let category = reader.string(), let message = reader.string(),
                  let tagCount = reader.int(), tagCount <= bytes.count
            else { return nil }
            var tags: [String] = []
            for _ in 0..<tagCount {
                guard let tag = reader.string() else { return nil }
                tags.append(tag)
            }
            guard let suppressed = reader.byte(), let fixKind = reader.byte() else { return nil }
            var fix: Fix?
            if fixKind != 0 {
                guard let title = reader.string(), let fixStart = reader.int(), let fixEnd = reader.int(), fixStart <= fixEnd,
                      let replacement = reader.string() else { return nil }
                fix = Fix(title: title, range: fixStart..<fixEnd, replacement: replacement, isSafe: fixKind == 2)
            }
            var diagnostic = Diagnostic(range: start..<end, severity: severity, code: code, category: category, message: message,
                                        fix: fix, tags: tags)
            diagnostic.isSuppressed = suppressed == 1
            result.append(diagnostic)
        }
        return reader.atEnd ? result : nil
    }

    private struct Writer {
        var bytes: [UInt8] = []

        /// LEB128: offsets and counts are mostly small.
        mutating func int(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value))
            repeat {
                let low = UInt8(v & 0x7f)
                v >>= 7
                bytes.append(v == 0 ? low : low | 0x80)
            } while v != 0
        }

        mutating func string(_ value: String) {
            int(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0
        var atEnd: Bool { offset == bytes.count }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func int() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let b = byte() {
                guard shift < 64 else { return nil }
                value |= UInt64(b & 0x7f) << shift
                if b & 0x80 == 0 {
                    let signed = Int64(bitPattern: value)
                    return signed >= 0 ? Int(signed) : nil
                }
                shift += 7
            }
            return nil
        }

        mutating func string() -> String? {
            guard let count = int(), count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        }
    }
}
