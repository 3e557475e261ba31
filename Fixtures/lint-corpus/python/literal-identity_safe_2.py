"""Rock, paper, scissors against the computer."""
import sys

MOVES = ("rock", "paper", "scissors")


def winner(player, computer):
    if player == computer:
        return "draw"
    if player == "rock" and computer == "scissors":
        return "player"
    return "computer"


def main():
    choice = sys.argv[1] if len(sys.argv) > 1 else "rock"
    if choice not in MOVES or type(choice) is not str:
        sys.exit("unknown move")
    sys.stdout.write(winner(choice, "scissors") + "\n")


if __name__ == "__main__":
    main()
