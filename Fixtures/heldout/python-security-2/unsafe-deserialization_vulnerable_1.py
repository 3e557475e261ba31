"""Flask wizard that keeps the form state in a client-side cookie."""
import base64
import pickle

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


def load_state(raw: str):
    data = base64.urlsafe_b64decode(raw.encode())
    return pickle.loads(data)  # expect: unsafe-deserialization


@app.get("/wizard/step")
def current_step():
    state = load_state(request.cookies.get("wizard_state", "gAN9cQAu"))
    return jsonify({"step": state.get("step", 1)})


@app.post("/wizard/import")
def import_answers():
    text = request.get_data(as_text=True)
    answers = yaml.load(text, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return jsonify({"imported": len(answers or {})})
