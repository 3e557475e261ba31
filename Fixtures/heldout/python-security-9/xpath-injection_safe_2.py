from lxml import etree
from thrift.protocol import TBinaryProtocol
from thrift.server import TServer
from thrift.transport import TSocket, TTransport

from .gen.routes import RouteService

BY_STOP = etree.XPath("//stop[@name=$stop]/departure")
BY_STOP_AND_LINE = etree.XPath("//stop[@name=$stop]/departure[@line=$line]")


class RouteHandler:
    def __init__(self):
        self.timetable = etree.parse("/srv/transit/timetable.xml")

    def departures(self, stop, line):
        if line:
            nodes = BY_STOP_AND_LINE(self.timetable, stop=stop, line=line)
        else:
            nodes = BY_STOP(self.timetable, stop=stop)
        return [RouteService.Departure(n.get("line"), n.get("time")) for n in nodes]


if __name__ == "__main__":
    server = TServer.TThreadedServer(
        RouteService.Processor(RouteHandler()),
        TSocket.TServerSocket(port=9091),
        TTransport.TBufferedTransportFactory(),
        TBinaryProtocol.TBinaryProtocolFactory(),
    )
    server.serve()
