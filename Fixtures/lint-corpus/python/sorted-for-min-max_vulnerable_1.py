"""Race results: the winner, the slowest lap and the latest entry of a club's timing sheet."""
from dataclasses import dataclass


@dataclass
class Lap:
    runner: str
    seconds: float
    logged: str


def winner(laps):
    return sorted(laps, key=lambda lap: lap.seconds)[0].runner  # expect: sorted-for-min-max


def slowest(laps):
    times = sorted(lap.seconds for lap in laps)  # expect: sorted-for-min-max
    return times[-1] if times else None


def latest_entry(laps):
    stamps = [lap.logged for lap in laps]
    stamps.sort()  # expect: sorted-for-min-max
    return stamps[-1]


def best_of(laps, runner):
    mine = sorted((lap for lap in laps if lap.runner == runner), key=lambda lap: lap.seconds)  # expect: sorted-for-min-max
    if not mine:
        return None
    best = mine[0]
    return best.seconds
