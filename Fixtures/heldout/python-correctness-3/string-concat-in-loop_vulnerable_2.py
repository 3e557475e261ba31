import sys


def read_multiline_message():
    print("Type your message, end with an empty line:")
    message = ""
    while True:
        line = sys.stdin.readline()
        if not line.strip():
            break
        message += line  # expect: string-concat-in-loop
    return message


def wrap(text, width=40):
    wrapped, current = "", ""
    for word in text.split():
        if len(current) + len(word) + 1 > width:
            wrapped += current.rstrip() + "\n"  # expect: string-concat-in-loop
            current = ""
        current += word + " "  # expect: string-concat-in-loop
    return wrapped + current.rstrip()


if __name__ == "__main__":
    print(wrap(read_multiline_message()))
