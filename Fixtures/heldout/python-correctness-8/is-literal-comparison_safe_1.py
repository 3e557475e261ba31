"""A line-based echo server on Twisted with commands."""
from enum import Enum

from twisted.internet import protocol, reactor
from twisted.protocols.basic import LineReceiver

_UNSET = object()


class Mode(Enum):
    ECHO = "echo"
    UPPER = "upper"


class EchoProtocol(LineReceiver):
    def __init__(self):
        self.mode = Mode.ECHO
        self.last = _UNSET

    def lineReceived(self, line):
        text = line.decode("utf-8", "replace").strip()
        if text == "/upper":
            self.mode = Mode.UPPER
            return
        if self.mode is Mode.UPPER:
            text = text.upper()
        if self.last is not _UNSET and self.last == text:
            self.sendLine(b"(repeat)")
        self.last = text
        if len(text) == 0 or text is None:
            return
        self.sendLine(text.encode())


class EchoFactory(protocol.Factory):
    def buildProtocol(self, addr):
        return EchoProtocol()


if __name__ == "__main__":
    reactor.listenTCP(8124, EchoFactory())
    reactor.run()
