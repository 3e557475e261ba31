"""Jupyter-exported script: clean the survey answers (# %% cells)."""
# %%
import sys

import pandas as pd

if len(sys.argv) < 2:
    print("usage: clean_survey.py answers.csv")
    return  # expect: return-outside-function

answers = pd.read_csv(sys.argv[1])

# %%
if answers.empty:
    print("no answers yet")
    return None  # expect: return-outside-function

answers = answers.dropna(subset=["age"])
answers["age"] = answers["age"].astype(int)
answers.to_csv("clean.csv", index=False)
