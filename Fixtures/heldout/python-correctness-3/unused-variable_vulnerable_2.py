import random

WORDS = ("python", "keyboard", "giraffe", "lantern", "orbit")


def play_hangman(lives=6):
    secret = random.choice(WORDS)
    guessed = set()
    wrong = 0
    attempts = 0  # expect: unused-variable
    while wrong < lives:
        shown = " ".join(ch if ch in guessed else "_" for ch in secret)
        print(shown, f"({lives - wrong} lives)")
        if set(secret) <= guessed:
            print("You win!")
            return True
        letter = input("letter: ").strip().lower()
        if not letter.isalpha() or len(letter) != 1:
            print("one letter please")
            continue
        guessed.add(letter)
        if letter not in secret:
            remaining = lives - wrong - 1  # expect: unused-variable
            wrong += 1
    print("The word was", secret)
    return False


if __name__ == "__main__":
    play_hangman()
