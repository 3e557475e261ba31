import csv
import logging

log = logging.getLogger(__name__)
DEFAULT_DELIMITER = ";"


def read_scores(path):
    scores = {}
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter=DEFAULT_DELIMITER)
        next(reader)  # skip the header row
        for name, _team, points in reader:
            scores[name] = int(points)
    return scores


def best(path):
    try:
        scores = read_scores(path)
    except (OSError, ValueError) as exc:
        log.error("cannot read %s: %s", path, exc)
        return None
    winner, points = max(scores.items(), key=lambda kv: kv[1])
    label = f"{winner} ({points} pts)"
    return label
