"""Exercise 5: translate a text message into "leet speak"."""

LEET = {
    "a": "4",
    "e": "3",
    "i": "1",
    "o": "0",
    "s": "5",
    "t": "7",
    "e": "€",  # expect: duplicate-dict-key
}


def translate(text):
    return "".join(LEET.get(ch, ch) for ch in text.lower())


def scoreboard(players):
    points = {"alice": 0, "bob": 0, "alice": 10}  # expect: duplicate-dict-key
    for player in players:
        points[player] = points.get(player, 0) + 1
    return points


def menu():
    return {
        "1": "translate",
        "2": "scoreboard",
        "q": "quit",
        "1": "help",  # expect: duplicate-dict-key
    }


if __name__ == "__main__":
    print(translate("Let us test it"))
    print(scoreboard(["bob", "carol"]))
    print(menu())
