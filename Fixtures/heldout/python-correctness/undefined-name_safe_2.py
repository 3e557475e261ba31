"""Count words in files given on the command line, with a module-level cache."""
import sys

_cache = {}
processed = 0


def count_words(path):
    global processed
    if path in _cache:
        return _cache[path]
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as err:
        print(f"{path}: {err}", file=sys.stderr)
        return 0
    words = len(text.split())
    _cache[path] = words
    processed += 1
    return words


def make_counter():
    seen = 0

    def bump():
        nonlocal seen
        seen += 1
        return seen

    return bump


if __name__ == "__main__":
    tick = make_counter()
    for arg in sys.argv[1:]:
        if (n := count_words(arg)) > 0:
            print(tick(), arg, n)
    print("files read:", processed)
