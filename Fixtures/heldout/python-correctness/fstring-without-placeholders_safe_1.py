"""Quiz game for the intro course (every f-string interpolates something)."""
import random

QUESTIONS = [
    ("Capital of France?", "paris"),
    ("2 + 2 * 2?", "6"),
    ("Largest planet?", "jupiter"),
]


def ask(question, answer, number):
    reply = input(f"Q{number}: {question} ").strip().lower()
    if not reply:
        raise ValueError(f"empty answer to {question!r}")
    return reply == answer


def play(rounds=3):
    print("Welcome to the quiz!")
    score = 0
    picked = random.sample(QUESTIONS, k=min(rounds, len(QUESTIONS)))
    for number, (question, answer) in enumerate(picked, start=1):
        if ask(question, answer, number):
            score += 1
        print(f"{'Correct' if score else 'Keep going'}! Score: {score:>2}")
    width = 20
    print(f"{'Final score':<{width}}{score}/{rounds}")


if __name__ == "__main__":
    play()
