def print_leaderboard(names, scores):
    for i in range(len(names)):  # expect: range-len-loop
        print(f"{i + 1:>2}. {names[i]:<12} {scores[i]:>5}")


def total_cart(prices, quantities):
    total = 0
    for i in range(0, len(prices)):  # expect: range-len-loop
        total += prices[i] * quantities[i]
    return total


if __name__ == "__main__":
    print_leaderboard(["ada", "grace", "linus"], [980, 870, 640])
    print(total_cart([2.5, 1.2, 4.0], [2, 5, 1]))
