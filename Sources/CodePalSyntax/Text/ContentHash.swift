/// FNV-1a, 64 bits: a fast hash of bytes for change detection and for counting distinct names
/// without making a string per token.
public enum ContentHash {
    @inlinable @inline(__always)
    public static func fnv1a<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
