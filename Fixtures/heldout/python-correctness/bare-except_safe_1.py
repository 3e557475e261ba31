"""Read temperatures from a sensor log (fixed): only the expected errors are caught."""
import json
import logging
import sys

log = logging.getLogger(__name__)


def parse_line(line):
    try:
        record = json.loads(line)
        return float(record["celsius"])
    except (ValueError, KeyError, TypeError) as err:
        log.debug("skipping %r: %s", line, err)
        return None


def load(path):
    values = []
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                value = parse_line(line)
                if value is not None:
                    values.append(value)
    except OSError as err:
        print("could not read", path, err, file=sys.stderr)
    return values


if __name__ == "__main__":
    temps = load(sys.argv[1] if len(sys.argv) > 1 else "sensor.log")
    print(f"{len(temps)} readings, max {max(temps, default=float('nan'))}")
