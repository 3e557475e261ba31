import logging

import grpc

from .inventory_pb2 import StockRequest
from .inventory_pb2_grpc import InventoryStub

log = logging.getLogger(__name__)
REPLICAS = ["inv-a:50051", "inv-b:50051", "inv-c:50051"]


def stock_level(sku: str) -> int | None:
    for address in REPLICAS:
        channel = grpc.insecure_channel(address)
        try:
            reply = InventoryStub(channel).GetStock(StockRequest(sku=sku), timeout=2.0)
        except grpc.RpcError as error:
            log.warning("replica %s failed: %s", address, error.code())
            continue
        finally:
            channel.close()
        return reply.quantity
    return None
