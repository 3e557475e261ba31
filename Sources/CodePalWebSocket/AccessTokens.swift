import CodePalLSP
import Foundation

/// A platform's token file (`--users FILE`): one `TOKEN USER ROLE` per line, ROLE `learner` or
/// `teacher`; `#` starts a comment. A session's user and role come from the token it presents,
/// never from what its client says later.
public struct AccessTokens: Sendable {
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    private var identities: [[UInt8]: SessionIdentity] = [:]

    public var count: Int { identities.count }

    public init(parsing text: String, file: String = "token file") throws {
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { continue }
            let at = "\(file):\(index + 1)"
            guard fields.count == 3 else {
                throw Problem(description: "\(at): expected `TOKEN USER ROLE`, found \(fields.count) field(s)")
            }
            let token = String(fields[0])
            guard token.count >= 16, token.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
                throw Problem(description: "\(at): a token must be at least 16 printable ASCII characters (e.g. `openssl rand -hex 16`)")
            }
            guard let role = SessionIdentity.Role(rawValue: String(fields[2]).lowercased()) else {
                throw Problem(description: "\(at): unknown role `\(fields[2])`; use learner or teacher")
            }
            let key = Array(token.utf8)
            guard identities[key] == nil else { throw Problem(description: "\(at): this token is already given to another line") }
            identities[key] = SessionIdentity(user: String(fields[1]), role: role)
        }
        guard !identities.isEmpty else { throw Problem(description: "\(file): no tokens") }
    }

    /// The identity of an offered token. Every entry is compared, in constant time each, so that
    /// the time taken says nothing about which tokens exist.
    public func identity(for offered: String) -> SessionIdentity? {
        let bytes = Array(offered.utf8)
        var found: SessionIdentity?
        for (token, identity) in identities where Admission.constantTimeEqual(bytes, token) {
            found = identity
        }
        return found
    }
}
