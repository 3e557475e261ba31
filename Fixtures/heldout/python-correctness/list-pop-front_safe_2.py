"""Print-job spooler (fixed): deques at both ends, a heap for priorities, dicts keyed by number."""
import heapq
from collections import deque


class Spooler:
    def __init__(self):
        self.jobs = deque()
        self.history = deque(maxlen=100)
        self.by_ticket = {}
        self.priority = []

    def submit(self, ticket, job, urgent=False, prio=5):
        self.by_ticket[ticket] = job
        heapq.heappush(self.priority, (prio, ticket))
        if urgent:
            self.jobs.appendleft(job)
        else:
            self.jobs.append(job)

    def cancel(self, ticket):
        return self.by_ticket.pop(ticket, None)

    def run(self):
        while self.jobs:
            job = self.jobs.popleft()
            print("printing", job)
            self.history.append(job)
        while self.priority:
            heapq.heappop(self.priority)


if __name__ == "__main__":
    spool = Spooler()
    spool.submit(0, "a.pdf")
    spool.submit(1, "exam.pdf", urgent=True)
    print(spool.cancel(0))
    spool.run()
