"""Round-robin CPU scheduler simulation (OS course, lab 2)."""


def round_robin(processes, quantum=4):
    ready = [(name, burst) for name, burst in processes]
    clock = 0
    finished = {}
    while ready:
        name, remaining = ready.pop(0)  # expect: list-pop-front
        run = min(quantum, remaining)
        clock += run
        if remaining > run:
            ready.append((name, remaining - run))
        else:
            finished[name] = clock
    return finished


if __name__ == "__main__":
    print(round_robin([("A", 10), ("B", 4), ("C", 7)]))
