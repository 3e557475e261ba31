"""Dagster ops and assets for the bike-share station feed."""
import dagster as dg
import requests

FEED = "https://gbfs.example.com/station_status.json"
THRESHOLDS = {"empty": 0, "low": 3}


@dg.op
def fetch_status(context: dg.OpExecutionContext, skip_ids: tuple = ()) -> list:
    stations = requests.get(FEED, timeout=20).json()["data"]["stations"]
    context.log.info(f"{len(stations)} stations in feed")
    skipped = frozenset(skip_ids)
    return [s for s in stations if s["station_id"] not in skipped]


def summarise(stations, thresholds=None, seen=None):
    thresholds = thresholds or THRESHOLDS
    seen = set() if seen is None else seen
    summary = {"empty": 0, "low": 0}
    for station in stations:
        bikes = station["num_bikes_available"]
        seen.add(station["station_id"])
        if bikes <= thresholds["empty"]:
            summary["empty"] += 1
        elif bikes <= thresholds["low"]:
            summary["low"] += 1
    return summary


@dg.job
def station_job():
    fetch_status()
