"""Load-test data generator and retry helper: random where nothing is secret."""
import random
import time

import httpx

FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Ken"]
LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Thompson"]


def fake_customers(n: int, seed: int = 42) -> list[dict]:
    rng = random.Random(seed)
    return [
        {"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "orders": rng.randint(0, 25)}
        for _ in range(n)
    ]


def post_with_retry(client: httpx.Client, url: str, body: dict, attempts: int = 5) -> httpx.Response:
    for attempt in range(attempts):
        response = client.post(url, json=body)
        if response.status_code < 500:
            return response
        time.sleep(min(30.0, 2 ** attempt) * random.uniform(0.5, 1.5))
    return response


def sample_for_review(rows: list[dict], k: int = 20) -> list[dict]:
    return random.sample(rows, min(k, len(rows)))
