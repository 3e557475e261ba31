"""CLI hangman drawing and status line."""
STAGES = 6


def masked(word: str, guessed: set[str]) -> str:
    shown = ""
    for letter in word:
        if letter in guessed:
            shown += letter + " "  # expect: string-concat-in-loop
        else:
            shown += "_ "  # expect: string-concat-in-loop
    return shown.strip()


def gallows(misses: int) -> str:
    parts = ["O", "|", "/", "\\", "/", "\\"]
    drawing = " +---+\n"
    row = 0
    while row < min(misses, STAGES):
        drawing = drawing + "     " + parts[row] + "\n"  # expect: string-concat-in-loop
        row += 1
    return drawing


def status(word: str, guessed: set[str], misses: int) -> str:
    return f"{gallows(misses)}\n{masked(word, guessed)}  ({STAGES - misses} lives left)"
