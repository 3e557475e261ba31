import Foundation

/// Reads a file for analysis, refusing what is not source text so that a stray binary or a
/// huge generated file is reported and skipped instead of parsed.
public enum SourceFile {
    public enum Outcome {
        case text([UInt8])
        case skipped(String)
        case failed(String)
    }

    public static let maximumBytes = 8 * 1024 * 1024

    public static func read(_ path: String, maximumBytes: Int = maximumBytes) -> Outcome {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failed(String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failed("is a directory") }
        if Int(info.st_size) > maximumBytes { return .skipped("file is \(info.st_size) bytes, over the \(maximumBytes)-byte limit") }
        guard let data = FileManager.default.contents(atPath: path) else { return .failed("cannot read file") }
        let bytes = [UInt8](data)
        if bytes.prefix(8192).contains(0) { return .skipped("binary file") }
        if String(validating: bytes, as: UTF8.self) == nil { return .skipped("not valid UTF-8") }
        return .text(bytes)
    }

    /// Modification time (nanoseconds) and size: what tells the index a file may have changed.
    public static func stamp(_ path: String) -> (mtime: Int64, size: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec), Int64(info.st_size))
    }
}
