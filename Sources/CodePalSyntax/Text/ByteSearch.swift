import Foundation

/// Finding literal bytes in text: memchr for the first byte, memcmp for the rest (memmem is not
/// visible from Swift's Glibc). Shared by predicates, suppression comments and import scans,
/// which all ask "is this word in the file, and where" before doing anything costlier.
public enum ByteSearch {
    /// Offset of the first `needle` at or after `start` in `haystack`.
    public static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard !needle.isEmpty else { return start <= haystack.count ? start : nil }
        guard let base = haystack.baseAddress, start >= 0, haystack.count - start >= needle.count else { return nil }
        return needle.withUnsafeBytes { needleBytes -> Int? in
            let first = Int32(needle[0])
            var cursor = UnsafeRawPointer(base) + start
            let end = UnsafeRawPointer(base) + (haystack.count - needle.count + 1)
            while cursor < end, let hit = memchr(cursor, first, end - cursor) {
                if memcmp(hit, needleBytes.baseAddress!, needle.count) == 0 { return UnsafeRawPointer(hit) - UnsafeRawPointer(base) }
                cursor = UnsafeRawPointer(hit) + 1
            }
            return nil
        }
    }

    public static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: Array(needle.utf8), in: $0, from: start) }
    }

    public static func contains(_ needle: String, in bytes: [UInt8]) -> Bool { firstIndex(of: needle, in: bytes) != nil }

    /// Whether `needle` (lowercase ASCII) occurs in `bytes` in any letter case: `# NoQA` is as
    /// much a suppression comment as `# noqa`.
    public static func containsIgnoringASCIICase(_ needle: String, in bytes: [UInt8]) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return pattern.isEmpty }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if lower(bytes[index]) == first {
                var matched = 1
                while matched < pattern.count, lower(bytes[index + matched]) == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            index += 1
        }
        return false
    }

    /// A byte of an identifier in the languages we read: ASCII letters, digits, `_`, and any
    /// byte of a multi-byte UTF-8 character.
    public static func isWordByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80
    }
}
