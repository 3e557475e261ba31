import pg8000.native
from thrift.protocol import TBinaryProtocol
from thrift.server import TServer
from thrift.transport import TSocket, TTransport

from .gen.fleet import FleetService


class FleetHandler:
    def __init__(self):
        self.db = pg8000.native.Connection("fleet", host="db.fleet.local", database="fleet")

    def vehicles(self, depot, status, order_by):
        sql = "SELECT plate, model, km FROM vehicles WHERE depot = '%s'" % depot
        if status:
            sql += " AND status = '" + status + "'"
        sql += " ORDER BY {}".format(order_by or "plate")
        return [FleetService.Vehicle(*row) for row in self.db.run(sql)]  # expect: sql-injection


def serve():
    processor = FleetService.Processor(FleetHandler())
    transport = TSocket.TServerSocket(port=9090)
    server = TServer.TThreadedServer(
        processor,
        transport,
        TTransport.TBufferedTransportFactory(),
        TBinaryProtocol.TBinaryProtocolFactory(),
    )
    server.serve()


if __name__ == "__main__":
    serve()
