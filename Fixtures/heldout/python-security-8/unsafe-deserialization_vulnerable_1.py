"""ZeroMQ worker that runs simulation jobs pushed by the scheduler."""
import os

import zmq

from .simulation import run_scenario


def worker():
    context = zmq.Context()
    jobs = context.socket(zmq.PULL)
    jobs.connect(os.environ.get("SIM_JOBS", "tcp://scheduler:5557"))
    results = context.socket(zmq.PUSH)
    results.connect(os.environ.get("SIM_RESULTS", "tcp://scheduler:5558"))
    while True:
        job = jobs.recv_pyobj()  # expect: unsafe-deserialization
        outcome = run_scenario(job["scenario"], steps=job.get("steps", 1000))
        results.send_json({"id": job["id"], "outcome": outcome})


if __name__ == "__main__":
    worker()
