import json
import os

CONFIG_PATH = os.path.expanduser("~/.todo.json")


def load_todos():
    try:
        with open(CONFIG_PATH, encoding="utf-8") as fh:
            return json.load(fh)
    except:  # expect: bare-except
        return []


def save_todos(todos):
    tmp = CONFIG_PATH + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(todos, fh, indent=2)
    try:
        os.replace(tmp, CONFIG_PATH)
    except:  # expect: bare-except
        print("could not save your list")


def add(text):
    todos = load_todos()
    todos.append({"text": text, "done": False})
    save_todos(todos)
