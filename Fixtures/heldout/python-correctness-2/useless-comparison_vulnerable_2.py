def count_vowels(word):
    count = 0
    for letter in word.lower():
        if letter in "aeiou":
            count += 1
    return count


def reset_scores(players):
    for player in players:
        player["score"] == 0  # expect: useless-comparison
    return players


def longest(words):
    best = ""
    for word in words:
        if len(word) > len(best):
            best == word  # expect: useless-comparison
    return best
