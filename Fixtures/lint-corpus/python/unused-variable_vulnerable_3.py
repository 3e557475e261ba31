import csv


def import_rows(path, repository):
    count = 0
    with open(path, newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames  # expect: unused-variable
        for row in reader:
            repository.add(row)
    return count


def fetch(session, url):
    try:
        response = session.get(url, timeout=5)
    except OSError as exc:  # expect: unused-variable
        return None
    return response.json()
