"""Backups scheduled with the `schedule` library, one job per database."""
import subprocess
import time

import schedule

DATABASES = {"orders": "02:00", "crm": "02:30", "wiki": "03:00"}


def plan_backups():
    jobs = []
    for name, at in DATABASES.items():
        def backup():
            target = f"/backups/{name}-{time.strftime('%Y%m%d')}.dump"  # expect: late-binding-closure
            subprocess.run(["pg_dump", "--format=custom", "--file", target, name], check=True)  # expect: late-binding-closure

        jobs.append(schedule.every().day.at(at).do(backup))
    return jobs


def main():
    plan_backups()
    while True:
        schedule.run_pending()
        time.sleep(30)
