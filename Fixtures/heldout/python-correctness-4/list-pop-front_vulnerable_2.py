"""Printer spooler simulation for the operating-systems course."""
from dataclasses import dataclass, field


@dataclass
class Job:
    owner: str
    pages: int
    urgent: bool = False


@dataclass
class Spooler:
    queue: list[Job] = field(default_factory=list)
    history: list[str] = field(default_factory=list)

    def submit(self, job: Job) -> None:
        if job.urgent:
            self.queue.insert(0, job)  # expect: list-pop-front
        else:
            self.queue.append(job)

    def tick(self, pages_per_tick: int = 5) -> None:
        if not self.queue:
            return
        job = self.queue[0]
        job.pages -= pages_per_tick
        if job.pages <= 0:
            del self.queue[0]  # expect: list-pop-front
            self.history.append(job.owner)

    def cancel_oldest(self) -> Job | None:
        return self.queue.pop(0) if self.queue else None  # expect: list-pop-front
