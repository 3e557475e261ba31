"""Gradio app that scores churn with the registered model and an uploaded CSV."""
import gradio as gr
import pandas as pd
from skops.io import load

MODEL = load("/srv/models/churn.skops", trusted=["sklearn.ensemble._forest.RandomForestClassifier"])


def score(customers_file):
    frame = pd.read_csv(customers_file.name, dtype={"customer_id": "string"})
    frame["churn"] = MODEL.predict(frame.drop(columns=["customer_id"]))
    return frame[["customer_id", "churn"]]


demo = gr.Interface(
    fn=score,
    inputs=[gr.File(label="Customers (.csv)")],
    outputs=gr.Dataframe(),
)
