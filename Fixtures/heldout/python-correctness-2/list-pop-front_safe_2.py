import time
from collections import deque


class PrintQueue:
    def __init__(self):
        self.jobs = deque()

    def submit(self, job, urgent=False):
        if urgent:
            self.jobs.appendleft(job)
        else:
            self.jobs.append(job)

    def run(self, printer):
        while self.jobs:
            printer.send(self.jobs.popleft())
            time.sleep(0.1)


def take_settings(options):
    retries = options.pop("retries", 3)
    history = options.pop("history", [])
    last = history.pop() if history else None
    return retries, last
