"""Race results: podium, spread and a printed ranking, where the whole order is used."""


def podium(laps):
    ranked = sorted(laps, key=lambda lap: lap.seconds)
    return ranked[:3]


def spread(laps):
    times = sorted(lap.seconds for lap in laps)
    return times[-1] - times[0]


def median(laps):
    times = sorted(lap.seconds for lap in laps)
    return times[len(times) // 2]


def ranking(laps):
    ranked = sorted(laps, key=lambda lap: lap.seconds)
    lines = [f"{place}. {lap.runner}" for place, lap in enumerate(ranked, start=1)]
    return ranked[0], lines


def fastest(laps):
    return min(laps, key=lambda lap: lap.seconds, default=None)
