import sys


def caesar(text, shift):
    out = ""
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out += chr((ord(ch) - base + shift) % 26 + base)  # expect: string-concat-in-loop
        else:
            out += ch  # expect: string-concat-in-loop
    return out


def read_all(stream):
    data = ""
    while chunk := stream.read(4096):
        data += chunk  # expect: string-concat-in-loop
    return data


if __name__ == "__main__":
    print(caesar(read_all(sys.stdin), 3))
