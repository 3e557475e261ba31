import json


class Note:
    def __init__(self, title, body):
        self.title = title
        self.body = body


def filter(notes, word):  # expect: shadowed-builtin
    return [n for n in notes if word in n.body]


def export(notes, path):
    dict = {n.title: n.body for n in notes}  # expect: shadowed-builtin
    with open(path, "w", encoding="utf-8") as file:
        json.dump(dict, file)


def search_titles(notes, query):
    for str in query.split():  # expect: shadowed-builtin
        if any(str in n.title for n in notes):
            return True
    return False
