import csv


def import_rows(path, repository):
    count = 0
    with open(path, newline="") as fh:
        for _index, row in enumerate(csv.DictReader(fh)):
            repository.add(row)
            count += 1
    return count


def fetch(session, url):
    try:
        response = session.get(url, timeout=5)
    except OSError as exc:
        raise RuntimeError(f"fetch failed: {exc}") from exc
    return response.json()


def columns(line):
    name, _, value = line.partition("=")
    return name.strip(), value.strip()
