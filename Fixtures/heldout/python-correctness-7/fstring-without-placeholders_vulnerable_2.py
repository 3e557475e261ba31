"""Locust load test for the checkout API."""
from locust import HttpUser, between, task


class Shopper(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.client.post(f"/api/login", json={"user": "load", "password": "load"})  # expect: fstring-without-placeholders

    @task(3)
    def browse(self):
        self.client.get("/api/products", name="products")

    @task
    def checkout(self):
        cart = self.client.post("/api/cart", json={"sku": "TSHIRT-M", "qty": 1}).json()
        self.client.post(
            f"/api/checkout/{cart['id']}",
            name=f"/api/checkout/" "[id]",  # expect: fstring-without-placeholders
        )
