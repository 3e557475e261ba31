import time


class PrintQueue:
    def __init__(self):
        self.jobs = []

    def submit(self, job, urgent=False):
        if urgent:
            self.jobs.insert(0, job)  # expect: list-pop-front
        else:
            self.jobs.append(job)

    def run(self, printer):
        while self.jobs:
            job = self.jobs.pop(0)  # expect: list-pop-front
            printer.send(job)
            time.sleep(0.1)


class RecentFiles:
    def __init__(self, limit=10):
        self.limit = limit
        self.items = []

    def opened(self, path):
        self.items.append(path)
        if len(self.items) > self.limit:
            del self.items[0]  # expect: list-pop-front
