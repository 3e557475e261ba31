from collections import deque


def round_robin(processes, quantum=4):
    ready = deque(processes)
    clock = 0
    finished = {}
    while ready:
        name, remaining = ready.popleft()
        run = min(quantum, remaining)
        clock += run
        if remaining > run:
            ready.append((name, remaining - run))
        else:
            finished[name] = clock
    return finished


class UndoHistory:
    def __init__(self, limit=100):
        self.edits = deque(maxlen=limit)

    def record(self, edit):
        self.edits.appendleft(edit)

    def undo(self):
        return self.edits.popleft() if self.edits else None
