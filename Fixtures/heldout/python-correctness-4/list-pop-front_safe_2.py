"""Printer spooler simulation for the operating-systems course."""
import heapq
import itertools
from collections import deque
from dataclasses import dataclass, field


@dataclass
class Job:
    owner: str
    pages: int
    urgent: bool = False


@dataclass
class Spooler:
    queue: deque = field(default_factory=deque)
    recent: deque = field(default_factory=lambda: deque(maxlen=10))
    options: dict = field(default_factory=dict)

    def submit(self, job: Job) -> None:
        if job.urgent:
            self.queue.appendleft(job)
        else:
            self.queue.append(job)

    def tick(self, pages_per_tick: int = 5) -> None:
        if self.queue:
            job = self.queue[0]
            job.pages -= pages_per_tick
            if job.pages <= 0:
                self.recent.append(self.queue.popleft().owner)
        self.options.pop("paused", None)


class PriorityPool:
    def __init__(self):
        self._heap: list[tuple[int, int, Job]] = []
        self._count = itertools.count()

    def push(self, job: Job) -> None:
        heapq.heappush(self._heap, (0 if job.urgent else 1, next(self._count), job))

    def next_job(self) -> Job:
        return heapq.heappop(self._heap)[2]
