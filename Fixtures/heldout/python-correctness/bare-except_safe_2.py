"""Job worker (fixed): broad handlers log or re-raise; nothing is silently swallowed."""
import logging
import time

import requests

QUEUE_URL = "http://localhost:8000/jobs/next"
log = logging.getLogger("worker")


def run_job(job, lock):
    lock.acquire()
    try:
        requests.post(job["callback"], json={"result": sum(job["numbers"])}, timeout=10)
    except:
        lock.release()
        raise
    lock.release()


def poll_once(lock, delay=2.0):
    try:
        job = requests.get(QUEUE_URL, timeout=10).json()
    except requests.RequestException as err:
        log.warning("queue unreachable: %s", err)
        time.sleep(delay)
        return False
    try:
        run_job(job, lock)
    except Exception:
        log.exception("job %s failed", job.get("id"))
    except BaseException:
        log.info("worker stopping")
        raise
    return True
