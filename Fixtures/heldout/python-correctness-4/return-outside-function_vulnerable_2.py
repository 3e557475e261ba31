"""Deploy helper script: check every service is healthy before the switch."""
import requests

SERVICES = ("api", "worker", "web")

for name in SERVICES:
    resp = requests.get(f"https://{name}.staging.example/health", timeout=5)
    if resp.status_code != 200:
        print(f"{name} unhealthy: {resp.status_code}")
        return False  # expect: return-outside-function

print("all healthy, switching traffic")
