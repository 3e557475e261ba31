import CCoverage
import Dispatch
import Foundation

/// Leaving the process: `_exit` without atexit handlers (a server's other threads may still be
/// running), after writing the coverage profile in coverage builds.
public enum ProcessExit {
    public static func now(_ status: Int32) -> Never {
        codepal_write_coverage_profile()
        _exit(status)
    }

    /// SIGTERM (how editors and test harnesses stop a server) ends the process the same way, with
    /// the conventional status 128 + 15, instead of the default action that skips the profile.
    /// `before` runs first (a server writes what it has buffered).
    public static func onTerminationSignal(before: @escaping @Sendable () -> Void = {}) {
        signal(SIGTERM, SIG_IGN)
        // A queue of its own (an overcommitting serial queue gets a thread even when the global
        // pool's are all busy or blocked, as under a platform's full load).
        let source = DispatchSource.makeSignalSource(signal: SIGTERM, queue: DispatchQueue(label: "codepal.signals", qos: .userInteractive))
        source.setEventHandler {
            before()
            now(128 + SIGTERM)
        }
        source.resume()
        retained.append(source)
    }

    nonisolated(unsafe) private static var retained: [DispatchSourceSignal] = []
}
