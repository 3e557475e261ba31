"""A tiny grade calculator for the terminal."""
import sys


def main():
    weights = input("Weights, e.g. 0.3, 0.7: ")
    scores = sys.argv[1:]
    formula = f"sum(w * s for w, s in zip([{weights}], [{', '.join(scores)}]))"
    total = eval(formula)  # expect: code-injection
    sys.stdout.write(f"Weighted grade: {total}\n")

    field = input("Field to show: ")
    env = {"grade": total}
    exec("report = " + field, env)  # expect: code-injection
    sys.stdout.write(f"{env['report']}\n")


if __name__ == "__main__":
    main()
