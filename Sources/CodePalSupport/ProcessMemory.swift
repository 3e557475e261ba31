import Foundation

/// The process's memory as the system sees it.
public enum ProcessMemory {
    /// Gives the pages malloc keeps free back to the system (glibc's `malloc_trim`, looked up at
    /// run time; nothing elsewhere). glibc keeps what a worker thread freed in that thread's arena:
    /// after the symbol table was rebuilt on ten copies of the standard library, the server held
    /// 184 MB instead of 133 MB. Costs about 10 ms after such a rebuild.
    public static func returnFreePages() {
        #if os(Linux)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }

    /// VmRSS from /proc/self/status, in kB (nil where there is no /proc).
    public static func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
    }
}
