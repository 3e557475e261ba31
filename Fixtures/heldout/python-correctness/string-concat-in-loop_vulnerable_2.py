"""Read a large server log and keep the error lines for the incident report."""
import sys


def collect_errors(path):
    report = ""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if " ERROR " in line:
                report += line  # expect: string-concat-in-loop
    return report


def hexdump(data):
    text = ""
    offset = 0
    while offset < len(data):
        chunk = data[offset:offset + 16]
        text += f"{offset:08x}  " + chunk.hex(" ") + "\n"  # expect: string-concat-in-loop
        offset += 16
    return text


if __name__ == "__main__":
    errors = collect_errors(sys.argv[1])
    print(errors[-2000:])
    print(hexdump(errors[:64].encode()))
