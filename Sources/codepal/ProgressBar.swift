import Foundation

/// A one-line progress bar on a terminal's stderr: files done, files per second and time left.
/// Redrawn at most ten times a second, from whichever worker thread finishes a file.
final class ProgressBar: @unchecked Sendable {
    private let start: Date
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(start: Date) { self.start = start }

    func update(_ done: Int, _ total: Int) {
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        Console.err("\r[\(bar)] " + String(format: "%d/%d files  %.0f files/s  ETA %.0f s ", done, total, rate, left))
        drawn = true
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drawn { Console.err("\r\u{1B}[K") }
    }
}
