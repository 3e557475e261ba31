import json
import sys

last_error = None


def parse_lines(lines):
    global last_error
    parsed = []
    for raw in lines:
        try:
            parsed.append(json.loads(raw))
        except json.JSONDecodeError as err:
            last_error = err
    return parsed


def counter():
    total = 0

    def bump(step=1):
        nonlocal total
        total += step
        return total

    return bump


def main():
    records = parse_lines(sys.stdin)
    if (count := len(records)) == 0 and last_error is not None:
        print(f"nothing parsed, last error: {last_error}", file=sys.stderr)
        return 1
    bump = counter()
    for _rec in records:
        bump()
    print(f"{count} records, {bump(0)} counted from {__file__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
