import logging

import grpc

from .inventory_pb2 import StockRequest
from .inventory_pb2_grpc import InventoryStub

log = logging.getLogger(__name__)
REPLICAS = ["inv-a:50051", "inv-b:50051", "inv-c:50051"]


def stock_level(sku: str) -> int | None:
    level = None
    for address in REPLICAS:
        channel = grpc.insecure_channel(address)
        try:
            reply = InventoryStub(channel).GetStock(StockRequest(sku=sku), timeout=2.0)
            level = reply.quantity
        except grpc.RpcError as error:
            log.warning("replica %s failed: %s", address, error.code())
            raise
        finally:
            channel.close()
            if level is not None:
                break  # expect: return-in-finally
    return level
