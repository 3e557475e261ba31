"""Download the class roster and print the students who have not submitted (fixed)."""
import json
import logging
import urllib.request

ROSTER_URL = "https://lms.example.edu/api/roster"
log = logging.getLogger(__name__)


def fetch_roster(course):
    url = f"{ROSTER_URL}?course={course}"
    with urllib.request.urlopen(url, timeout=10) as resp:
        status = resp.status
        body = resp.read().decode("utf-8")
    log.debug("roster %s: HTTP %d", course, status)
    return json.loads(body)


def missing_submissions(course, submitted):
    roster = fetch_roster(course)
    missing = [s["name"] for s in roster if s["id"] not in submitted]
    log.info("%d of %d missing", len(missing), len(roster))
    return sorted(missing)


def main():
    try:
        names = missing_submissions("CS101", {"s1", "s7"})
    except ValueError as exc:
        print(f"roster was not valid JSON: {exc}")
        return 1
    print("\n".join(names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
