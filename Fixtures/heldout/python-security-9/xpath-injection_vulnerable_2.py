from lxml import etree
from thrift.protocol import TBinaryProtocol
from thrift.server import TServer
from thrift.transport import TSocket, TTransport

from .gen.routes import RouteService


class RouteHandler:
    def __init__(self):
        self.timetable = etree.parse("/srv/transit/timetable.xml")

    def departures(self, stop, line):
        query = "//stop[@name='%s']/departure" % stop
        if line:
            query += "[@line='%s']" % line
        nodes = self.timetable.xpath(query)  # expect: xpath-injection
        return [RouteService.Departure(n.get("line"), n.get("time")) for n in nodes]


if __name__ == "__main__":
    server = TServer.TThreadedServer(
        RouteService.Processor(RouteHandler()),
        TSocket.TServerSocket(port=9091),
        TTransport.TBufferedTransportFactory(),
        TBinaryProtocol.TBinaryProtocolFactory(),
    )
    server.serve()
