"""Caesar/Vigenère exercise set, week 4."""


def vigenere(text: str, key: str) -> str:
    shifts = [ord(c) - ord("A") for c in key.upper()]
    out = []
    for i, ch in enumerate(text.upper()):
        if ch.isalpha():
            ch = chr((ord(ch) - 65 + shifts[i % len(shifts)]) % 26 + 65)
        out.append(ch)
    return "".join(out)


def is_palindrome(word: str) -> bool:
    half = len(word) // 2
    return all(word[i] == word[-1 - i] for i in range(half))


def score_guesses(guesses: list[str], answers: list[str]) -> int:
    return sum(g == a for g, a in zip(guesses, answers))
