"""Nameko service that pushes shipment updates to the carrier API."""
import requests
from nameko.rpc import rpc

CARRIER_URL = "https://api.carrier.example.com/v2/shipments"
CARRIER_API_KEY = "ck_live_4f9a1c0d7e2b48a6b5d3e1f0a9c8b7d6"  # expect: hardcoded-secret


class ShipmentService:
    name = "shipments"

    def _headers(self):
        return {"Authorization": "Bearer " + CARRIER_API_KEY, "Accept": "application/json"}

    @rpc
    def push(self, shipment_id, status):
        reply = requests.post(
            CARRIER_URL,
            json={"id": shipment_id, "status": status},
            headers=self._headers(),
            timeout=15,
        )
        return reply.status_code


class WarehouseDb:
    def __init__(self):
        self.dsn = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=wh-sql;DATABASE=stock"
        self.password = "Wh4reh0use!2026"  # expect: hardcoded-secret
