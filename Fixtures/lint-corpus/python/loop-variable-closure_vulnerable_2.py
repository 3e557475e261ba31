import threading


def powers(limit):
    # Each function was meant to raise to its own power.
    return [lambda x: x ** p for p in range(limit)]  # expect: loop-variable-closure


def start_workers(queues, handle):
    threads = []
    for index, queue in enumerate(queues):
        worker = threading.Thread(target=lambda: handle(queue))  # expect: loop-variable-closure
        worker.name = f"worker-{index}"
        threads.append(worker)
        worker.start()
    return threads
