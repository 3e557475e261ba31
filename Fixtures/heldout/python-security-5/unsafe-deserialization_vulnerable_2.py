"""Azure Functions for the pricing model: score with an uploaded model, resume a cart."""
import base64
import io
import json
import pickle

import azure.functions as func
import joblib

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)


@app.route(route="models/score", methods=["POST"])
def score(req: func.HttpRequest) -> func.HttpResponse:
    model = joblib.load(io.BytesIO(req.get_body()))  # expect: unsafe-deserialization
    features = json.loads(req.params.get("features", "[]"))
    return func.HttpResponse(json.dumps({"score": float(model.predict([features])[0])}))


def _cart_from_cookie(cookie_header):
    for part in cookie_header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == "cart":
            return pickle.loads(base64.urlsafe_b64decode(value))  # expect: unsafe-deserialization
    return {"items": []}


@app.route(route="cart", methods=["GET"])
def cart(req: func.HttpRequest) -> func.HttpResponse:
    contents = _cart_from_cookie(req.headers.get("Cookie", ""))
    return func.HttpResponse(json.dumps({"items": contents["items"]}), mimetype="application/json")
