"""Tiny REPL calculator game: reach the target number with the given digits."""
import itertools
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def solutions(digits: list[int], target: int):
    for a, b, c in itertools.permutations(digits, 3):
        for (s1, f1), (s2, f2) in itertools.product(OPS.items(), repeat=2):
            if f2(f1(a, b), c) == target:
                yield f"({a} {s1} {b}) {s2} {c}"


def play(digits: list[int], target: int, max_tries: int = 5) -> None:
    found = set(solutions(digits, target))
    for _attempt in range(max_tries):
        answer = input("> ")
        if answer in found:
            print("Correct!")
            return
    print(dict(id=target, type="miss", count=len(found)))


def score(digest: str, attempts: int) -> str:
    return f"{hash(digest)}:{attempts}:{max(attempts, 0)}"
