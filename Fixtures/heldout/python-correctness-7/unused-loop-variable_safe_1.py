"""Locust helper that warms the cache before the measured run starts."""
from locust import events


@events.test_start.add_listener
def warm_cache(environment, **kwargs):
    client = environment.runner.user_classes[0](environment).client
    for page in range(1, 6):
        client.get(f"/api/products?page={page}", name="warm-up")
    for _ in range(2):
        client.get("/api/health", name="warm-up")
