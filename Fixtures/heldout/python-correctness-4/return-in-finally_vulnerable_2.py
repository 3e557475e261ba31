"""Asyncio job runner that records each job's outcome."""
import asyncio
import logging

log = logging.getLogger("runner")


async def run_job(job) -> str:
    status = "failed"
    try:
        await asyncio.wait_for(job.run(), timeout=job.timeout)
        status = "ok"
    except asyncio.TimeoutError:
        status = "timeout"
        raise
    finally:
        await job.store_status(status)
        if status != "ok":
            return status  # expect: return-in-finally
    return status


def drain(jobs: list, budget: int) -> list:
    started = []
    for job in jobs:
        try:
            job.prepare()
            started.append(job)
        finally:
            if len(started) >= budget:
                break  # expect: return-in-finally
    return started
