# SonarSource's Cognitive Complexity whitepaper examples, translated to Python, and
# hand-counted cases. Each `metrics NAME:` comment is checked by MetricsTests.


# metrics sum_of_primes: cyclomatic=4 cognitive=6 nesting=3 parameters=1 returns=1
def sum_of_primes(limit):
    total = 0
    for i in range(1, limit + 1):          # +1
        for j in range(2, i):              # +2 (nesting 1)
            if i % j == 0:                 # +3 (nesting 2)
                break
        total += i
    return total


# metrics get_words: cyclomatic=3 cognitive=1 nesting=1 returns=3
def get_words(number):
    match number:                          # +1
        case 1:
            return "one"
        case _:
            return "lots"
    return None


# elif chains are flat: +1 each; else +1.
# metrics grade: cyclomatic=3 cognitive=3 nesting=1 returns=3
def grade(score):
    if score > 90:                         # +1
        return "A"
    elif score > 80:                       # +1
        return "B"
    else:                                  # +1
        return "F"


# metrics logic: cyclomatic=7 cognitive=4 parameters=6
def logic(a, b, c, d, e, f):
    if a and b and c or d or e and f:      # if +1; and/or/and: +3
        pass


# Comprehension clauses count for cyclomatic only; the lambda nests its ternary.
# metrics comprehend: cyclomatic=4 cognitive=2 parameters=1 returns=1
def comprehend(rows):
    pick = lambda r: r if r else None      # ternary +2 (nesting 1)
    return [pick(r) for r in rows if r]    # for +0, if +0


# try/except/else/finally: except +1, else +1; lizard counts finally for cyclomatic.
# metrics guarded: cyclomatic=4 cognitive=4 nesting=2
def guarded(path):
    try:
        handle = open(path)
    except OSError:                        # +1
        if path:                           # +2 (nesting 1)
            pass
    else:                                  # +1
        handle.close()
    finally:
        pass


# Nested named functions are their own record and do not add to their parent.
# metrics outer: cyclomatic=2 cognitive=1 returns=1
# metrics outer.inner: cyclomatic=2 cognitive=1 nesting=1 parameters=1 returns=1
def outer(a):
    def inner(b):
        while b:                           # +1
            b -= 1
        return b
    if a:                                  # +1
        pass
    return inner(a)


class Cart:
    """Docstrings and comments are not NLOC."""

    # metrics Cart.add: cyclomatic=2 cognitive=1 nloc=3 parameters=2
    def add(self, item):
        """Add an item.

        More text."""
        # a comment
        if item:                           # +1
            self.items.append(item)


# metrics factorial: cyclomatic=2 cognitive=2 returns=2
def factorial(n):
    if n <= 1:                             # +1
        return 1
    return n * factorial(n - 1)            # recursion +1


# Decisions inside f-string interpolations count (ternary +1, comprehension for/if +2, or +1).
# metrics interpolated: cyclomatic=5 cognitive=2 returns=1
def interpolated(a, b):
    return f"{a if b else 0} {[x for x in a if x]} {a or b}"


# A lambda at module level is folded into the module, not reported as a function.
key = lambda x: x or 0
