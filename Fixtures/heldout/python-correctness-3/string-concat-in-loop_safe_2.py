import textwrap


def read_message(lines):
    parts = []
    for line in lines:
        if not line.strip():
            break
        parts.append(line.rstrip("\n"))
    return "\n".join(parts)


def signature(name, role=None):
    sig = "-- \n" + name
    if role:
        sig += f", {role}"
    return sig


def wrap(text, width=40):
    return textwrap.fill(text, width=width)


def countdown(n):
    seconds = 0.0
    while n > 0:
        seconds += 1.5
        n -= 1
    return seconds
