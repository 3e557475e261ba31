import sys

ROMAN = {
    "I": 1,
    "V": 5,
    "X": 10,
    "L": 50,
    "C": 100,
    "D": 500,
    "X": 1000,  # expect: duplicate-dict-key
}

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "s": "...", "o": "---", "e": "..-."}  # expect: duplicate-dict-key


def from_roman(text):
    total = 0
    prev = 0
    for ch in reversed(text.upper()):
        value = ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def to_morse(word):
    return " ".join(MORSE.get(ch, "?") for ch in word.lower())


if __name__ == "__main__":
    print(from_roman(sys.argv[1]), to_morse("sos"))
