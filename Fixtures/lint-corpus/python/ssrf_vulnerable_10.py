"""Health probes for registered services; the scheduler passes each service record."""
import requests


def probe(service):
    host = service["host"]
    return requests.get(f"http://{host}:8080/healthz", timeout=3).status_code  # expect: ssrf
