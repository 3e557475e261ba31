"""CLI blackjack against the dealer."""
import random

SUITS = "♠♥♦♣"
RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]


def value(hand: list[str]) -> int:
    total, aces = 0, 0
    for card in hand:
        rank = card[:-1]
        if rank == "A":
            aces += 1
            total += 11
        elif rank in {"J", "Q", "K"}:
            total += 10
        else:
            total += int(rank)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


def play(rng: random.Random) -> None:
    deck = [r + s for r in RANKS for s in SUITS]
    rng.shuffle(deck)
    player, dealer = [deck.pop(), deck.pop()], [deck.pop(), deck.pop()]
    print(f"Dealer shows {dealer[0]}")
    while value(player) < 21:
        answer = input(f"Your hand {' '.join(player)} ({value(player)}). Hit? [y/N] ")
        if answer.strip().lower() != "y":
            break
        player.append(deck.pop())
    if value(player) > 21:
        print(f"Bust! You lose.")  # expect: fstring-without-placeholders
        return
    while value(dealer) < 17:
        dealer.append(deck.pop())
    print(f"Dealer has {' '.join(dealer)} ({value(dealer)})")
    if value(dealer) > 21 or value(player) > value(dealer):
        print(f"You win!")  # expect: fstring-without-placeholders
    elif value(player) == value(dealer):
        print("Push.")
    else:
        print(
            "Dealer wins. "
            f"Better luck next time."  # expect: fstring-without-placeholders
        )


if __name__ == "__main__":
    play(random.Random())
