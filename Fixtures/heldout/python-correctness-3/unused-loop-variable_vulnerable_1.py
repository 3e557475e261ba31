import random


def roll_dice(sides=6, times=3):
    total = 0
    for roll in range(times):  # expect: unused-loop-variable
        total += random.randint(1, sides)
    return total


def simulate(players, rounds=10):
    scores = dict.fromkeys(players, 0)
    for round_no in range(1, rounds + 1):  # expect: unused-loop-variable
        for name in players:
            scores[name] += roll_dice()
    return scores


if __name__ == "__main__":
    result = simulate(["ana", "ben", "chen"])
    for name, score in result.items():
        print(f"{name:>6}: {score}")
