"""Rock, paper, scissors against the computer."""
import sys

MOVES = ("rock", "paper", "scissors")


def winner(player, computer):
    if player is computer:
        return "draw"
    if player is "rock" and computer == "scissors":  # expect: literal-identity
        return "player"
    return "computer"


def main():
    choice = sys.argv[1] if len(sys.argv) > 1 else "rock"
    if MOVES.index(choice) is -1:  # expect: literal-identity
        sys.exit("unknown move")
    sys.stdout.write(winner(choice, "scissors") + "\n")


if __name__ == "__main__":
    main()
