/// Tunables of a server session; command-line flags and `initializationOptions` fill them in.
public struct ServerOptions: Sendable {
    /// Minimum time between two diagnostics publications for one document while typing. The
    /// first change after a quiet period publishes at once, so a single keystroke costs no delay.
    public var diagnosticsInterval: Double = 0.05
    /// Record learning metrics (`--no-metrics` turns them off whatever the client asks).
    public var learningMetrics = true
    /// Quiet time after the last change before whole-file analyses (complexity) run again.
    public var analysisDelay: Double = 0.3
    /// Documents larger than this are kept in sync but not parsed (a 100 MB log file opened by
    /// accident must not stall the session).
    public var maximumParsedBytes: Int = 8 * 1024 * 1024

    public init() {}
}
