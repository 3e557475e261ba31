"""Wordle clone for the terminal."""
import random
from pathlib import Path

WORDS = Path(__file__).with_name("words.txt").read_text(encoding="utf-8").split()
VOWELS = ["a", "e", "i", "o", "u"]


def score(guess: str, answer: str) -> str:
    marks = []
    for pos, letter in enumerate(guess):
        if answer[pos] == letter:
            marks.append("🟩")
        elif letter in answer:
            marks.append("🟨")
        else:
            marks.append("⬛")
    return "".join(marks)


def vowel_count(word: str) -> int:
    return sum(1 for ch in word if ch in VOWELS)  # expect: membership-in-list-loop


def play(rng: random.Random, tries: int = 6) -> bool:
    answer = rng.choice(WORDS)
    guessed = []
    for attempt in range(1, tries + 1):
        guess = input(f"Guess {attempt}/{tries}: ").strip().lower()
        if len(guess) != 5 or guess not in WORDS:  # expect: membership-in-list-loop
            print("Not a five-letter word from the list.")
            continue
        if guess in guessed:  # expect: membership-in-list-loop
            print("You already tried that.")
            continue
        guessed.append(guess)
        print(score(guess, answer), f"({vowel_count(guess)} vowels)")
        if guess == answer:
            return True
    print(f"The word was {answer}.")
    return False
