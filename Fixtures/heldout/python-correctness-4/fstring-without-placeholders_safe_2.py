"""CLI coin-flip streak game."""
import random


def play(rng: random.Random, rounds: int = 10) -> int:
    streak = best = 0
    for round_no in range(1, rounds + 1):
        guess = input(f"Round {round_no}: heads or tails? ").strip().lower()
        flip = rng.choice(("heads", "tails"))
        if guess == flip:
            streak += 1
            best = max(best, streak)
            print(f"Correct, it was {flip}. Streak: {streak}")
        else:
            streak = 0
            print("Wrong, it was {}.".format(flip))
    print(rf"Best streak: {best} \o/")
    return best


if __name__ == "__main__":
    play(random.Random())
