"""Jupyter-exported script turned into a CLI: clean the survey answers."""
import sys

import pandas as pd


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: clean_survey.py answers.csv")
        return 2
    answers = pd.read_csv(argv[1])
    if answers.empty:
        print("no answers yet")
        return 0
    answers = answers.dropna(subset=["age"])
    answers.to_csv("clean.csv", index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
