"""A tiny grade calculator for the terminal."""
import json
import sys


def main():
    weights = json.loads(input("Weights as a JSON list: "))
    scores = [float(s) for s in sys.argv[1:]]
    total = sum(w * s for w, s in zip(weights, scores))
    sys.stdout.write(f"Weighted grade: {total}\n")
    if total > 100:
        sys.exit("weights must add up to 1")


if __name__ == "__main__":
    main()
