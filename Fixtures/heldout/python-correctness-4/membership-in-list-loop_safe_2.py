"""Wordle clone for the terminal."""
import random
from pathlib import Path

WORDS = Path(__file__).with_name("words.txt").read_text(encoding="utf-8").split()
WORD_SET = frozenset(WORDS)
VOWELS = set("aeiou")


def vowel_count(word: str) -> int:
    return sum(1 for ch in word if ch in VOWELS)


def play(rng: random.Random, tries: int = 6) -> bool:
    answer = rng.choice(WORDS)
    guessed: set[str] = set()
    for attempt in range(1, tries + 1):
        guess = input(f"Guess {attempt}/{tries}: ").strip().lower()
        if len(guess) != 5 or guess not in WORD_SET:
            print("Not a five-letter word from the list.")
            continue
        if guess in guessed:
            print("You already tried that.")
            continue
        guessed.add(guess)
        hits = "".join(ch if ch in answer else "_" for ch in guess)
        print(hits, f"({vowel_count(guess)} vowels)")
        if guess == answer:
            return True
    return False
