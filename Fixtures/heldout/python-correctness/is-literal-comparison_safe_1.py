"""Exercise 3 (model answer): compare values with ==, identities only with None and sentinels."""

_MISSING = object()
todos = []


def handle(command, argument=None):
    if command == "add" and argument is not None:
        todos.append(argument)
    elif command == "done":
        index = int(argument) - 1
        if 0 <= index < len(todos):
            todos.pop(index)
    elif command == "list":
        for number, item in enumerate(todos, start=1):
            print(number, item)
    if not todos:
        print("nothing left to do!")


def get_option(options, key, default=_MISSING):
    value = options.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise KeyError(key)
        return default
    return value


def is_flag(value):
    return value is True or value is False


if __name__ == "__main__":
    handle("add", "write report")
    print(get_option({"a": 1}, "a"), is_flag(True), type(todos) is list)
