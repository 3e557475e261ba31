"""Tiny REPL calculator game: reach the target number with the given digits."""
import itertools
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def solutions(digits: list[int], target: int):
    for a, b, c in itertools.permutations(digits, 3):
        for (s1, f1), (s2, f2) in itertools.product(OPS.items(), repeat=2):
            if f2(f1(a, b), c) == target:
                yield f"({a} {s1} {b}) {s2} {c}"


def play(digits: list[int], target: int) -> None:
    all = list(solutions(digits, target))  # expect: shadowed-builtin
    print(f"Digits: {digits}, target: {target}")
    accepted = set(all) | {"q"}
    while True:
        next = input("> ").strip()  # expect: shadowed-builtin
        if next in accepted:
            break
        print("No, try again (q to quit).")
    print(f"{len(all)} solutions exist.")


def score(hash: str, attempts: int) -> str:  # expect: shadowed-builtin
    return f"{hash[:7]}:{attempts}"
