"""SimPy model of a car wash."""
import random

import simpy


class CarWash:
    def __init__(self, env, bays):
        self.env = env
        self.bays = simpy.Resource(env, capacity=bays)
        self.waits = []

    def car(self, programme):
        arrived = self.env.now
        with self.bays.request() as bay:
            yield bay
            minutes = 8 if programme == "deluxe" else 5
            yield self.env.timeout(minutes)
        self.waits.append(self.env.now - arrived)


def arrivals(env, wash):
    while True:
        yield env.timeout(random.expovariate(1 / 4))
        env.process(wash.car(random.choice(["basic", "deluxe"])))


def simulate(bays=2, minutes=600):
    env = simpy.Environment()
    wash = CarWash(env, bays)
    env.process(arrivals(env, wash))
    env.run(until=minutes)
    if not wash.waits or wash.waits is None:
        return 0.0
    return sum(wash.waits) / len(wash.waits)
