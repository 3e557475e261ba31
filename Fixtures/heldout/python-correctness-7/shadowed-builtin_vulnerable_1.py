"""scikit-learn evaluation helpers for the fraud model."""
import statistics

from sklearn.metrics import precision_recall_fscore_support


def evaluate(model, X, y, format="text"):  # expect: shadowed-builtin
    predicted = model.predict(X)
    precision, recall, f1, _ = precision_recall_fscore_support(y, predicted, average="binary")
    if format == "dict":
        return {"precision": precision, "recall": recall, "f1": f1}
    return f"P={precision:.3f} R={recall:.3f} F1={f1:.3f}"


def worst_segments(frame, model, columns):
    scores = {}
    for id, segment in frame.groupby("segment_id"):  # expect: shadowed-builtin
        scores[id] = evaluate(model, segment[columns], segment["label"], format="dict")["f1"]
    min = statistics.quantiles(scores.values(), n=10)[0]  # expect: shadowed-builtin
    return [segment for segment, score in scores.items() if score <= min]
