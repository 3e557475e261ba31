def parse_command(line):
    parts = line.strip().split()
    if not parts:
        return None
    verb = parts[0].lower()
    if verb in ("quit", "exit"):
        return ("quit",)
    if verb == "go" and len(parts) > 1:
        return ("go", parts[1])
    if verb == "take" and parts[-1] != "":
        return ("take", " ".join(parts[1:]))
    return ("unknown", verb)


def same_command(a, b):
    return a is b or a == b


def is_move(command):
    return command is not None and command[0] == "go" and command is not NotImplemented
