"""Nameko service that pushes shipment updates to the carrier API."""
import os

import requests
from nameko.dependency_providers import Config
from nameko.rpc import rpc

CARRIER_URL = "https://api.carrier.example.com/v2/shipments"
CARRIER_KEY_ENV = "CARRIER_API_KEY"


class ShipmentService:
    name = "shipments"
    config = Config()

    def _headers(self):
        api_key = os.environ[CARRIER_KEY_ENV]
        return {"Authorization": "Bearer " + api_key, "Accept": "application/json"}

    @rpc
    def push(self, shipment_id, status):
        reply = requests.post(
            CARRIER_URL,
            json={"id": shipment_id, "status": status},
            headers=self._headers(),
            timeout=self.config.get("CARRIER_TIMEOUT", 15),
        )
        return reply.status_code
