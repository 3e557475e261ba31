import sys


def main(argv):
    if not argv:
        sys.stderr.write("usage: tool FILE\n")
        return 2
    elif argv[0] == "-":
        data = sys.stdin.read()
    else:
        with open(argv[0]) as fh:
            data = fh.read()
    return len(data)


def classify(code):
    match code:
        case 200:
            return "ok"
        case 404:
            return "missing"
    return "other"


def stream(items):
    for item in items:
        yield item
    return
