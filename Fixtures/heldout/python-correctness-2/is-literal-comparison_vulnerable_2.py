def parse_command(line):
    parts = line.strip().split()
    if not parts:
        return None
    verb = parts[0].lower()
    if verb is "quit" or verb is "exit":  # expect: is-literal-comparison
        return ("quit",)
    if verb == "go" and len(parts) > 1:
        return ("go", parts[1])
    if verb == "take" and parts[-1] is not "":  # expect: is-literal-comparison
        return ("take", " ".join(parts[1:]))
    return ("unknown", verb)


def play():
    moves = 0
    while True:
        command = parse_command(input("> "))
        if command is None:
            continue
        moves += 1
        if command[0] == "quit":
            break
    print(f"You made {moves} moves.")
