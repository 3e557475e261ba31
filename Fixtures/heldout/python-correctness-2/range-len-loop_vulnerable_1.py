def print_leaderboard(names, scores):
    for i in range(len(names)):  # expect: range-len-loop
        print(f"{i + 1}. {names[i]:<12} {scores[i]:>5}")


def total_cost(prices, quantities):
    total = 0.0
    for k in range(0, len(prices)):  # expect: range-len-loop
        total += prices[k] * quantities[k]
    return total


if __name__ == "__main__":
    print_leaderboard(["ana", "bo", "cy"], [31, 27, 12])
    print(total_cost([1.5, 2.0], [3, 4]))
