"""Locust load test for the search API."""
from locust import HttpUser, between, task

QUERIES = ("green tea", "oolong", "matcha whisk")


class Searcher(HttpUser):
    wait_time = between(1, 2)

    def on_start(self):
        self.index = 0

    @task
    def search(self):
        query = QUERIES[self.index % len(QUERIES)]
        self.index += 1
        self.client.get("/api/search", params={"q": query}, name="/api/search")

    @task
    def suggest(self):
        prefix = QUERIES[self.index % len(QUERIES)][:3]
        self.client.get(f"/api/suggest/{prefix}", name=rf"/api/suggest/{'[prefix]'}")
