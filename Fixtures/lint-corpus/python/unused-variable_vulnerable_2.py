import json
import sys


def main():
    with open(sys.argv[1]) as handle:
        data = json.load(handle)
    count = len(data)  # expect: unused-variable
    names = [item["name"] for item in data]
    try:
        first = names[0]
    except IndexError as error:  # expect: unused-variable
        first = "(none)"
    sys.stdout.write(first + "\n")


if __name__ == "__main__":
    main()
