"""Worker that polls a job queue forever (course project, milestone 2)."""
import time

import requests

QUEUE_URL = "http://localhost:8000/jobs/next"


def run_job(job):
    resp = requests.post(job["callback"], json={"result": sum(job["numbers"])}, timeout=10)
    resp.raise_for_status()


def poll_forever(delay=2.0):
    while True:
        try:
            job = requests.get(QUEUE_URL, timeout=10).json()
        except:  # expect: bare-except
            time.sleep(delay)
            continue
        if not job:
            time.sleep(delay)
            continue
        try:
            run_job(job)
        except:  # expect: bare-except
            pass


if __name__ == "__main__":
    poll_forever()
