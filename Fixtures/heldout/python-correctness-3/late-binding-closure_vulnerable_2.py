import asyncio
import time


def make_jobs(urls, fetch):
    jobs = []
    for url in urls:
        def job():
            started = time.monotonic()
            body = fetch(url)  # expect: late-binding-closure
            return url, len(body), time.monotonic() - started  # expect: late-binding-closure
        jobs.append(job)
    return jobs


async def schedule_reminders(reminders, notify):
    loop = asyncio.get_running_loop()
    handles = []
    for delay, text in reminders:
        handles.append(loop.call_later(delay, lambda: notify(text)))  # expect: late-binding-closure
    return handles
