import CodePalStore

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
    /// One log line per answered request (`--log-format json`).
    public var requestLog = false
    /// The learning store every session of the process shares (`--learning-db`); the client's
    /// `learningPath` is then ignored. Nil: each session opens the one its client names.
    public var learningStore: (any LearningBackend)?
    /// How often buffered learning events are written.
    public var learningFlushInterval: Double = 2
    /// Set by the transport from the session's token; nil for a local, trusted session.
    public var identity: SessionIdentity?

    public init() {}
}
