"""Asyncio job runner that records each job's outcome."""
import asyncio


async def run_job(job) -> str:
    status = "failed"
    try:
        await asyncio.wait_for(job.run(), timeout=job.timeout)
        status = "ok"
    except asyncio.TimeoutError:
        status = "timeout"
    finally:
        await job.store_status(status)
    return status


def drain(jobs: list, budget: int) -> list:
    started = []
    for job in jobs:
        try:
            job.prepare()
        finally:
            job.release_lock()
        started.append(job)
        if len(started) >= budget:
            break
    return started
