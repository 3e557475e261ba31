import CodePalLSP
import Foundation
import NIOConcurrencyHelpers
import NIOHTTP1

/// Who may open a session: the token when one is set (one shared token, or a platform's token
/// file that also says who the session is), the page's origin when none is, and a cap on
/// concurrent sessions. Decided on the upgrade request, before any LSP byte is read.
final class Admission: @unchecked Sendable {
    enum Refusal: Equatable {
        case unauthorized
        case forbiddenOrigin(String)
        case tooManyConnections(Int)

        var status: HTTPResponseStatus {
            switch self {
            case .unauthorized: return .unauthorized
            case .forbiddenOrigin: return .forbidden
            case .tooManyConnections: return .serviceUnavailable
            }
        }

        var message: String {
            switch self {
            case .unauthorized:
                return "codepal: a token is required: connect with ?token=... or `Authorization: Bearer ...`"
            case .forbiddenOrigin(let origin):
                return "codepal: WebSocket connections from origin \(origin) are refused; start the server with --token to allow other origins"
            case .tooManyConnections(let limit):
                return "codepal: too many sessions (limit \(limit)); try again later"
            }
        }
    }

    enum Decision {
        /// With the session's identity when a token file gave one.
        case admitted(SessionIdentity?)
        case refused(Refusal)
    }

    private let token: [UInt8]?
    private let tokens: AccessTokens?
    private let maxConnections: Int
    private let active = NIOLockedValueBox(0)

    init(token: String?, tokens: AccessTokens? = nil, maxConnections: Int) {
        self.token = token.map { Array($0.utf8) }
        self.tokens = tokens
        self.maxConnections = maxConnections
    }

    var activeSessions: Int { active.withLockedValue { $0 } }

    /// Checks a request and, when it is admitted, reserves a session slot that `release()` frees.
    func admit(_ request: HTTPRequestHead) -> Decision {
        var identity: SessionIdentity?
        if let tokens {
            guard let offered = Self.offeredToken(request), let known = tokens.identity(for: offered) else { return .refused(.unauthorized) }
            identity = known
        } else if let token {
            guard let offered = Self.offeredToken(request), Self.constantTimeEqual(Array(offered.utf8), token) else {
                return .refused(.unauthorized)
            }
        } else if let origin = request.headers.first(name: "origin"), !Self.isLoopbackOrigin(origin) {
            // Without a token the server trusts whoever can reach loopback; a web page on another
            // site is not such a party, even though the browser would let it connect.
            return .refused(.forbiddenOrigin(origin))
        }
        return active.withLockedValue { count in
            guard count < maxConnections else { return .refused(.tooManyConnections(maxConnections)) }
            count += 1
            return .admitted(identity)
        }
    }

    func release() {
        active.withLockedValue { $0 -= 1 }
    }

    /// A token from the `token` query parameter (browsers cannot set headers on a WebSocket) or an
    /// `Authorization: Bearer` header.
    static func offeredToken(_ request: HTTPRequestHead) -> String? {
        if let header = request.headers.first(name: "authorization") {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return String(parts[1]).trimmingCharacters(in: .whitespaces) }
        }
        guard let components = URLComponents(string: request.uri) else { return nil }
        return components.queryItems?.first { $0.name == "token" }?.value
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<a.count { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    static func isLoopbackOrigin(_ origin: String) -> Bool {
        guard let host = URLComponents(string: origin)?.host?.lowercased() else { return false }
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
