"""Caesar/Vigenère exercise set, week 4."""


def vigenere(text: str, key: str) -> str:
    letters = list(text.upper())
    shifts = [ord(c) - ord("A") for c in key.upper()]
    for i in range(len(letters)):  # expect: range-len-loop
        if letters[i].isalpha():
            letters[i] = chr((ord(letters[i]) - 65 + shifts[i % len(shifts)]) % 26 + 65)
    return "".join(letters)


def score_guesses(guesses: list[str], answers: list[str]) -> int:
    correct = 0
    for n in range(len(guesses)):  # expect: range-len-loop
        if guesses[n] == answers[n]:
            correct += 1
    return correct
