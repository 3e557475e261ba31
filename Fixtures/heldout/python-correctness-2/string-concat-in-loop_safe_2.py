import sys


def caesar(text, shift):
    shifted = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shifted.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            shifted.append(ch)
    return "".join(shifted)


def read_all(stream):
    chunks = []
    while chunk := stream.read(4096):
        chunks.append(chunk)
    return "".join(chunks)


def banner(title):
    line = "=" * (len(title) + 4)
    line += "\n"
    return line + f"| {title} |\n" + line


if __name__ == "__main__":
    print(banner(caesar(read_all(sys.stdin), 3)))
