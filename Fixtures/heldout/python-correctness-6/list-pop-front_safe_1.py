"""Mesa model of shoppers queueing at self-checkout tills."""
from collections import deque

import mesa


class Shopper(mesa.Agent):
    def __init__(self, model, items):
        super().__init__(model)
        self.items = items


class Till:
    def __init__(self):
        self.queue = deque()
        self.busy_for = 0

    def tick(self):
        if self.busy_for > 0:
            self.busy_for -= 1
        elif self.queue:
            shopper = self.queue.popleft()
            self.busy_for = shopper.items // 3 + 1


class CheckoutModel(mesa.Model):
    def __init__(self, tills=4, arrival_rate=0.6, seed=None):
        super().__init__(seed=seed)
        self.tills = [Till() for _ in range(tills)]
        self.arrival_rate = arrival_rate

    def step(self):
        if self.random.random() < self.arrival_rate:
            shortest = min(self.tills, key=lambda till: len(till.queue))
            shortest.queue.append(Shopper(self, self.random.randint(1, 30)))
        for till in self.tills:
            till.tick()
