import Dispatch

/// Token buckets for one connection, one for messages and one for bytes, refilled continuously at
/// the configured rates. A bucket holds two seconds' worth (typing comes in bursts) and the byte
/// bucket at least one message of the largest size allowed, so that opening a big file passes.
struct RateLimiter {
    let messagesPerSecond: Double
    let bytesPerSecond: Double
    private let messageCapacity: Double
    private let byteCapacity: Double
    private var messages: Double
    private var bytes: Double
    private var last: UInt64

    init(messagesPerSecond: Int, bytesPerSecond: Int, largestMessage: Int, now: UInt64 = DispatchTime.now().uptimeNanoseconds) {
        self.messagesPerSecond = Double(messagesPerSecond)
        self.bytesPerSecond = Double(bytesPerSecond)
        messageCapacity = max(1, 2 * Double(messagesPerSecond))
        byteCapacity = max(2 * Double(bytesPerSecond), Double(largestMessage))
        messages = messageCapacity
        bytes = byteCapacity
        last = now
    }

    /// Takes one message of `count` bytes from the buckets if both have room.
    mutating func admit(bytes count: Int, now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Bool {
        let elapsed = Double(now &- last) / 1e9
        last = now
        messages = min(messageCapacity, messages + elapsed * messagesPerSecond)
        bytes = min(byteCapacity, bytes + elapsed * bytesPerSecond)
        guard messages >= 1, bytes >= Double(count) else { return false }
        messages -= 1
        bytes -= Double(count)
        return true
    }
}
