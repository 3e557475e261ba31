"""Flask wizard: form state in a signed JSON cookie, imports parsed as plain YAML."""
import os

import yaml
from flask import Flask, jsonify, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["WIZARD_SECRET"], salt="wizard")


def load_state(raw: str) -> dict:
    try:
        return serializer.loads(raw)
    except BadSignature:
        return {}


@app.get("/wizard/step")
def current_step():
    state = load_state(request.cookies.get("wizard_state", ""))
    return jsonify({"step": state.get("step", 1)})


@app.post("/wizard/import")
def import_answers():
    text = request.get_data(as_text=True)
    answers = yaml.safe_load(text)
    return jsonify({"imported": len(answers or {})})
