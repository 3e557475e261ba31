"""Quiz game for the intro course."""
import logging
import random

log = logging.getLogger("quiz")

QUESTIONS = [
    ("Capital of France?", "paris"),
    ("2 + 2 * 2?", "6"),
    ("Largest planet?", "jupiter"),
]


def ask(question, answer):
    reply = input(question + " ").strip().lower()
    if not reply:
        raise ValueError(f"empty answer")  # expect: fstring-without-placeholders
    return reply == answer


def play(rounds=3):
    print(f"Welcome to the quiz!")  # expect: fstring-without-placeholders
    score = 0
    for question, answer in random.sample(QUESTIONS, k=min(rounds, len(QUESTIONS))):
        if ask(question, answer):
            score += 1
            print(f"Correct! Score: {score}")
        else:
            log.info(f"wrong answer given")  # expect: fstring-without-placeholders
    print(f"Final score: {score}/{rounds}")


if __name__ == "__main__":
    play()
