import os
import tempfile


def write_report(rows):
    fd, path = tempfile.mkstemp(prefix="report-", suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        fh.writelines(rows)
    return path


def scratch_dir():
    return tempfile.mkdtemp(prefix="myapp-")


def checksum_size(data):
    with tempfile.NamedTemporaryFile(suffix=".bin") as tmp:
        tmp.write(data)
        tmp.flush()
        return os.path.getsize(tmp.name)
