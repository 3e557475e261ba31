"""Download the class roster and print the students who have not submitted."""
import json
import urllib.request

ROSTER_URL = "https://lms.example.edu/api/roster"


def fetch_roster(course):
    url = f"{ROSTER_URL}?course={course}"
    with urllib.request.urlopen(url, timeout=10) as resp:
        status = resp.status  # expect: unused-variable
        body = resp.read().decode("utf-8")
    return json.loads(body)


def missing_submissions(course, submitted):
    roster = fetch_roster(course)
    total = len(roster)  # expect: unused-variable
    missing = [s["name"] for s in roster if s["id"] not in submitted]
    return sorted(missing)


def main():
    try:
        names = missing_submissions("CS101", {"s1", "s7"})
    except ValueError as exc:  # expect: unused-variable
        print("roster was not valid JSON")
        return 1
    print("\n".join(names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
