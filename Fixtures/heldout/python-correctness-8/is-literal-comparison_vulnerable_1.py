"""A tiny line-based chat server on Twisted."""
from twisted.internet import protocol, reactor
from twisted.protocols.basic import LineReceiver


class ChatProtocol(LineReceiver):
    delimiter = b"\n"

    def __init__(self, room):
        self.room = room
        self.nick = None

    def connectionMade(self):
        self.sendLine(b"nick?")

    def lineReceived(self, line):
        text = line.decode("utf-8", "replace").strip()
        if self.nick is None:
            self.nick = text
            self.room[text] = self
            return
        if text is "/quit":  # expect: is-literal-comparison
            self.transport.loseConnection()
            return
        for peer in self.room.values():
            if peer is not self:
                peer.sendLine(f"<{self.nick}> {text}".encode())

    def connectionLost(self, reason):
        self.room.pop(self.nick, None)
        if len(self.room) is 0:  # expect: is-literal-comparison
            print("room is empty")


class ChatFactory(protocol.Factory):
    def __init__(self):
        self.room = {}

    def buildProtocol(self, addr):
        return ChatProtocol(self.room)


if __name__ == "__main__":
    reactor.listenTCP(8123, ChatFactory())
    reactor.run()
