"""Deploy helper script: check every service is healthy before the switch."""
import sys

import requests

SERVICES = ("api", "worker", "web")


class HealthGate:
    def __init__(self, services):
        self.services = services

    def failing(self) -> list[str]:
        def bad(name: str) -> bool:
            resp = requests.get(f"https://{name}.staging.example/health", timeout=5)
            return resp.status_code != 200
        return [name for name in self.services if bad(name)]


broken = HealthGate(SERVICES).failing()
if broken:
    sys.exit(f"unhealthy: {', '.join(broken)}")
print("all healthy, switching traffic")
