"""Gradio app that scores churn with a model file the analyst uploads."""
import cloudpickle
import gradio as gr
import pandas as pd


def _load_model(upload):
    with open(upload.name, "rb") as fh:
        return cloudpickle.load(fh)  # expect: unsafe-deserialization


def score(model_file, customers_file):
    model = _load_model(model_file)
    frame = pd.read_pickle(customers_file.name)  # expect: unsafe-deserialization
    frame["churn"] = model.predict(frame)
    return frame[["customer_id", "churn"]]


demo = gr.Interface(
    fn=score,
    inputs=[gr.File(label="Model (.pkl)"), gr.File(label="Customers (.pkl)")],
    outputs=gr.Dataframe(),
)
