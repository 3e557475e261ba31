"""Read a server log and keep the error lines (fixed): a list, a StringIO and a join."""
import io
import sys


def collect_errors(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        return "".join(line for line in fh if " ERROR " in line)


def hexdump(data):
    buf = io.StringIO()
    for offset in range(0, len(data), 16):
        chunk = data[offset:offset + 16]
        buf.write(f"{offset:08x}  {chunk.hex(' ')}\n")
    return buf.getvalue()


def count_bytes(path):
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            size += len(block)
    return size


if __name__ == "__main__":
    errors = collect_errors(sys.argv[1])
    print(errors[-2000:], count_bytes(sys.argv[1]))
    print(hexdump(errors[:64].encode()))
