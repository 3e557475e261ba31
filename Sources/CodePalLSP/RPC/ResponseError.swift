import CodePalSupport
/// A JSON-RPC error answered to a request (codes from JSON-RPC 2.0 and LSP 3.17).
public struct ResponseError: Error, Sendable, Equatable {
    public let code: Int
    public let message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ m: String) -> Self { .init(code: -32700, message: m) }
    public static func invalidRequest(_ m: String) -> Self { .init(code: -32600, message: m) }
    public static func methodNotFound(_ method: String) -> Self { .init(code: -32601, message: "method not found: \(method)") }
    public static func invalidParams(_ m: String) -> Self { .init(code: -32602, message: m) }
    public static func internalError(_ m: String) -> Self { .init(code: -32603, message: m) }
    public static let serverNotInitialized = Self(code: -32002, message: "server not initialized: send `initialize` first")
    public static let requestCancelled = Self(code: -32800, message: "request cancelled")
    public static let contentModified = Self(code: -32801, message: "content modified")
    public static func requestFailed(_ m: String) -> Self { .init(code: -32803, message: m) }

    var json: JSON { ["code": .int(code), "message": .string(message)] }
}
