"""Print-job spooler for the lab printers: urgent jobs jump the queue."""
import time


class Spooler:
    def __init__(self):
        self.jobs = []
        self.history = []

    def submit(self, job, urgent=False):
        if urgent:
            self.jobs.insert(0, job)  # expect: list-pop-front
        else:
            self.jobs.append(job)

    def run(self, delay=0.1):
        while self.jobs:
            job = self.jobs.pop(0)  # expect: list-pop-front
            print("printing", job)
            time.sleep(delay)
            self.history.append(job)
            if len(self.history) > 100:
                del self.history[0]  # expect: list-pop-front


if __name__ == "__main__":
    spool = Spooler()
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        spool.submit(name)
    spool.submit("exam.pdf", urgent=True)
    spool.run(delay=0)
