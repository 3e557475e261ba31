"""scikit-learn feature selection for the churn model."""
import pandas as pd
from sklearn.feature_selection import VarianceThreshold

LEAKY = ["cancelled_at", "refund_total", "last_ticket_outcome", "churn_reason"]


def select_features(frame: pd.DataFrame, threshold=0.01):
    kept = []
    for column in frame.columns:
        if column not in LEAKY:  # expect: membership-in-list-loop
            kept.append(column)
    selector = VarianceThreshold(threshold).fit(frame[kept])
    chosen = [column for column, keep in zip(kept, selector.get_support()) if keep]
    numeric = [c for c in frame.select_dtypes("number").columns]
    return [c for c in chosen if c in numeric]  # expect: membership-in-list-loop
