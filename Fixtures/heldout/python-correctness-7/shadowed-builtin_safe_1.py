"""scikit-learn evaluation helpers for the fraud model."""
import statistics

from sklearn.metrics import precision_recall_fscore_support


def evaluate(model, X, y, output="text"):
    predicted = model.predict(X)
    precision, recall, f1, _ = precision_recall_fscore_support(y, predicted, average="binary")
    if output == "dict":
        return {"precision": precision, "recall": recall, "f1": f1}
    return f"P={precision:.3f} R={recall:.3f} F1={f1:.3f}"


def worst_segments(frame, model, columns):
    scores = {}
    for segment_id, segment in frame.groupby("segment_id"):
        scores[segment_id] = evaluate(model, segment[columns], segment["label"], output="dict")["f1"]
    cutoff = statistics.quantiles(scores.values(), n=10)[0]
    return [segment for segment, score in scores.items() if score <= cutoff]
