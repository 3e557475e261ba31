"""CLI hangman drawing and status line."""
STAGES = 6
PARTS = ["O", "|", "/", "\\", "/", "\\"]


def masked(word: str, guessed: set[str]) -> str:
    return " ".join(letter if letter in guessed else "_" for letter in word)


def gallows(misses: int) -> str:
    lines = [" +---+"]
    for part in PARTS[:misses]:
        lines.append("     " + part)
    return "\n".join(lines) + "\n"
