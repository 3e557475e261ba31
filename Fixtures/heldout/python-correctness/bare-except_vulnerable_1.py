"""Read temperatures from a sensor log; bad lines are skipped."""
import json
import sys


def parse_line(line):
    try:
        record = json.loads(line)
        return float(record["celsius"])
    except:  # expect: bare-except
        return None


def load(path):
    values = []
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                value = parse_line(line)
                if value is not None:
                    values.append(value)
    except:  # expect: bare-except
        print("could not read", path)
    return values


if __name__ == "__main__":
    temps = load(sys.argv[1] if len(sys.argv) > 1 else "sensor.log")
    print(f"{len(temps)} readings, max {max(temps, default=float('nan'))}")
