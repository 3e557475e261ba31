"""APScheduler setup for a newsroom's recurring exports."""
from apscheduler.schedulers.blocking import BlockingScheduler

from newsroom.exports import export_feed, notify_desk

FEEDS = {"sport": 15, "weather": 30, "markets": 5}


def make_export(feed, minutes):
    def run_export():
        path = export_feed(feed)
        notify_desk(f"{feed} exported to {path} (every {minutes} min)")
    return run_export


def build_jobs():
    jobs = []
    for feed, minutes in FEEDS.items():
        jobs.append((make_export(feed, minutes), minutes))
    return jobs


def main():
    scheduler = BlockingScheduler()
    for job, minutes in build_jobs():
        scheduler.add_job(job, "interval", minutes=minutes)
    scheduler.start()
