"""Parse "name,score" lines; unpacked values that are not needed are named with a leading underscore."""
import sys

VERSION = "1.2"  # module-level names are part of the module's interface


def parse(line):
    name, _sep, rest = line.partition(",")
    score = int(rest)
    return name.strip(), score


def best(lines):
    top_name, top_score = None, -1
    for line in lines:
        name, score = parse(line)
        if score > top_score:
            top_name, top_score = name, score
    return top_name


def counter():
    calls = 0

    def inc():
        nonlocal calls
        calls += 1
        return calls

    return inc


if __name__ == "__main__":
    _unused_by_design = counter()
    print(best(sys.stdin), VERSION)
