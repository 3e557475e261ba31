"""Locust helper that warms the cache before the measured run starts."""
from locust import events


@events.test_start.add_listener
def warm_cache(environment, **kwargs):
    client = environment.runner.user_classes[0](environment).client
    for attempt in range(5):  # expect: unused-loop-variable
        client.get("/api/products?page=1", name="warm-up")
