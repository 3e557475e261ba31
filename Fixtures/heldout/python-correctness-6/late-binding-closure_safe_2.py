"""Backups scheduled with the `schedule` library, one job per database."""
import subprocess
import time

import schedule

DATABASES = {"orders": "02:00", "crm": "02:30", "wiki": "03:00"}


def make_backup(name):
    def backup():
        target = f"/backups/{name}-{time.strftime('%Y%m%d')}.dump"
        subprocess.run(["pg_dump", "--format=custom", "--file", target, name], check=True)

    return backup


def plan_backups():
    return [schedule.every().day.at(at).do(make_backup(name)) for name, at in DATABASES.items()]


def main():
    plan_backups()
    while True:
        schedule.run_pending()
        time.sleep(30)
