import json


class Note:
    def __init__(self, title, body):
        self.title = title
        self.body = body


def filter_notes(notes, word):
    return list(filter(lambda n: word in n.body, notes))


def export(notes, path):
    payload = {n.title: n.body for n in notes}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, sort_keys=True)


def search_titles(notes, query):
    return any(term in n.title for term in query.split() for n in notes)


def widest(notes):
    return max(notes, key=lambda n: len(n.title), default=None)
