"""Locust load test for the checkout API."""
from locust import HttpUser, between, task


class Shopper(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        response = self.client.post(f"/api/session", json={"guest": True})  # expect: fstring-without-placeholders
        self.token = response.json()["token"]

    @task(3)
    def browse(self):
        self.client.get("/api/products?page=1", headers=self.headers(), name=f"/api/products")  # expect: fstring-without-placeholders

    @task
    def checkout(self):
        cart = self.client.post("/api/cart", json={"sku": "TEA-001", "qty": 2}, headers=self.headers())
        cart_id = cart.json()["id"]
        self.client.post(f"/api/cart/{cart_id}/checkout", headers=self.headers(), name="/api/cart/[id]/checkout")

    def headers(self):
        return {"Authorization": f"Bearer {self.token}"}
