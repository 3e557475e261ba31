import numpy as np
import pandas as pd


def sample_for_review(accounts: pd.DataFrame, fraction: float) -> pd.DataFrame:
    return accounts.sample(frac=fraction, random_state=7)


def issue_api_keys(accounts: pd.DataFrame) -> pd.DataFrame:
    rng = np.random.default_rng()
    keys = []
    for _ in range(len(accounts)):
        raw = rng.integers(0, 256, size=24, dtype=np.uint8)  # expect: insecure-random
        keys.append(bytes(raw).hex())
    issued = accounts.copy()
    issued["api_key"] = keys
    return issued


def create_pipeline():
    from kedro.pipeline import node, pipeline

    return pipeline(
        [
            node(sample_for_review, ["accounts", "params:review_fraction"], "review_sample"),
            node(issue_api_keys, "new_accounts", "accounts_with_keys"),
        ]
    )
