import json

from chalice import Chalice, CORSConfig, Response  # expect: unused-import

app = Chalice(app_name="feedback")


@app.lambda_function(name="digest")
def digest(event, context):
    import gzip  # expect: unused-import
    import statistics

    scores = [item["score"] for item in event.get("items", [])]
    summary = {"count": len(scores), "median": statistics.median(scores) if scores else None}
    return Response(body=json.dumps(summary), status_code=200, headers={"Content-Type": "application/json"})


@app.route("/health")
def health():
    return {"ok": True, "service": app.app_name}


@app.schedule("rate(1 day)")
def nightly(event):
    return digest({"items": []}, None)
