import os
import tempfile


def write_report(rows):
    path = tempfile.mktemp(prefix="report-", suffix=".csv")  # expect: insecure-temp-file
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path


def dump_state(state):
    with open(f"/tmp/state-{os.getpid()}.json", "w") as fh:  # expect: insecure-temp-file
        fh.write(state)
