import random


def roll_dice(sides=6, times=3):
    return sum(random.randint(1, sides) for _ in range(times))


def simulate(players, rounds=10):
    scores = dict.fromkeys(players, 0)
    history = []
    for round_no in range(1, rounds + 1):
        for name in players:
            scores[name] += roll_dice()
        leader = max(scores, key=scores.get)
        history.append((round_no, leader))
    return scores, history


if __name__ == "__main__":
    result, leaders = simulate(["ana", "ben", "chen"])
    for _round, leader in leaders[-3:]:
        print("leader:", leader)
    print(result)
