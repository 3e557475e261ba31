def reset_scores(players):
    for player in players:
        player["score"] = 0
    return players


def longest(words):
    best = ""
    for word in words:
        if len(word) > len(best):
            best = word
    return best


def all_equal(values):
    return all(v == values[0] for v in values)


def is_sorted(values):
    ok = all(a <= b for a, b in zip(values, values[1:]))
    return ok and len(values) > 0
