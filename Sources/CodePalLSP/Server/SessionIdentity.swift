/// Who a session belongs to, as the server established it (a platform's token file), never as
/// the client claims. Sessions without one are the machine's own user (stdio, a local
/// WebSocket), trusted as before.
public struct SessionIdentity: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        /// Sees their own learning report only.
        case learner
        /// Also sees any learner's report and the class report.
        case teacher
    }

    public let user: String
    public let role: Role

    public init(user: String, role: Role) {
        self.user = user
        self.role = role
    }
}
