def bubble_sort(values):
    n = len(values)
    for end in range(n - 1, 0, -1):
        swapped = False
        for i in range(end):
            if values[i] > values[i + 1]:
                values[i], values[i + 1] = values[i + 1], values[i]
                swapped = True
        if not swapped:
            break
    return values


def is_palindrome(text):
    letters = [ch.lower() for ch in text if ch.isalnum()]
    half = len(letters) // 2
    return all(letters[i] == letters[-1 - i] for i in range(half))


def capitalise_all(words):
    for k, word in enumerate(words):
        words[k] = word.capitalize()
    return words
