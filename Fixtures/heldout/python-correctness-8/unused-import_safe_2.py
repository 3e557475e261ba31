import json
from functools import lru_cache
from http import HTTPStatus

from chalice import Chalice, CORSConfig, Response

app = Chalice(app_name="feedback")
CORS = CORSConfig(allow_origin="https://feedback.example.org", max_age=600)


@lru_cache(maxsize=1)
def score_weights() -> dict:
    with open("chalicelib/weights.json", encoding="utf-8") as handle:
        return json.load(handle)


@app.route("/score", methods=["POST"], cors=CORS)
def score():
    body = app.current_request.json_body or {}
    weights = score_weights()
    total = sum(weights.get(key, 0) * value for key, value in body.get("answers", {}).items())
    return Response(body={"score": total}, status_code=HTTPStatus.OK)


@app.lambda_function(name="digest")
def digest(event, context, status=HTTPStatus.ACCEPTED):
    import statistics

    scores = [item["score"] for item in event.get("items", [])]
    summary = {"count": len(scores), "median": statistics.median(scores) if scores else None}
    return Response(body=json.dumps(summary), status_code=status)
