"""Attendance matching (fixed), plus substring checks on strings inside loops."""


def absentees(enrolled, scans):
    present = {scan["student_id"] for scan in scans}
    return [s["name"] for s in enrolled if s["id"] not in present]


def flagged_lines(lines):
    hits = []
    for line in lines:
        if "ERROR" in line or "Traceback" in line:
            hits.append(line.rstrip())
    return hits


def check_requested(requested, catalogue):
    """One lookup in a list, outside any loop, is fine."""
    if requested in catalogue:
        return catalogue.index(requested)
    return -1


if __name__ == "__main__":
    print(absentees([{"id": 1, "name": "ada"}], [{"student_id": 2}]))
    print(flagged_lines(["ok\n", "ERROR disk full\n"]), check_requested("cs", ["ma", "cs"]))
