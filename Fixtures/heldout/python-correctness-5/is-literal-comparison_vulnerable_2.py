"""SimPy model of a bakery counter."""
import random

import simpy

SERVICE_MINUTES = (2, 6)


class Bakery:
    def __init__(self, env, clerks):
        self.env = env
        self.counter = simpy.Resource(env, capacity=clerks)
        self.served = []

    def customer(self, name, order):
        arrived = self.env.now
        with self.counter.request() as slot:
            yield slot
            yield self.env.timeout(random.uniform(*SERVICE_MINUTES))
        kind = order.get("kind")
        if kind is "cake" or order.get("count", 1) is not 1:  # expect: is-literal-comparison
            yield self.env.timeout(3)
        self.served.append((name, self.env.now - arrived))


def arrivals(env, bakery):
    number = 0
    while True:
        yield env.timeout(random.expovariate(1 / 3))
        number += 1
        env.process(bakery.customer(f"c{number}", {"kind": random.choice(["bread", "cake"])}))


def simulate(clerks=2, minutes=480):
    env = simpy.Environment()
    bakery = Bakery(env, clerks)
    env.process(arrivals(env, bakery))
    env.run(until=minutes)
    if len(bakery.served) is 0:  # expect: is-literal-comparison
        return 0.0
    return sum(wait for _, wait in bakery.served) / len(bakery.served)
