import pg8000.native
from thrift.protocol import TBinaryProtocol
from thrift.server import TServer
from thrift.transport import TSocket, TTransport

from .gen.fleet import FleetService

ORDERINGS = {"plate": "plate", "model": "model, plate", "km": "km DESC"}


class FleetHandler:
    def __init__(self):
        self.db = pg8000.native.Connection("fleet", host="db.fleet.local", database="fleet")

    def vehicles(self, depot, status, order_by):
        sql = "SELECT plate, model, km FROM vehicles WHERE depot = :depot"
        params = {"depot": depot}
        if status:
            sql += " AND status = :status"
            params["status"] = status
        sql += " ORDER BY " + ORDERINGS.get(order_by, "plate")
        return [FleetService.Vehicle(*row) for row in self.db.run(sql, **params)]


def serve():
    processor = FleetService.Processor(FleetHandler())
    server = TServer.TThreadedServer(
        processor,
        TSocket.TServerSocket(port=9090),
        TTransport.TBufferedTransportFactory(),
        TBinaryProtocol.TBinaryProtocolFactory(),
    )
    server.serve()
