import secrets

import numpy as np
import pandas as pd


def sample_for_review(accounts: pd.DataFrame, fraction: float) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    picks = rng.random(len(accounts)) < fraction
    return accounts[picks]


def issue_api_keys(accounts: pd.DataFrame) -> pd.DataFrame:
    issued = accounts.copy()
    issued["api_key"] = [secrets.token_hex(24) for _ in range(len(accounts))]
    return issued


def create_pipeline():
    from kedro.pipeline import node, pipeline

    return pipeline(
        [
            node(sample_for_review, ["accounts", "params:review_fraction"], "review_sample"),
            node(issue_api_keys, "new_accounts", "accounts_with_keys"),
        ]
    )
