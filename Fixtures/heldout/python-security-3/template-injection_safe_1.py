from datetime import datetime

from flask import Flask, jsonify, render_template_string, request

from .mail import load_customer

app = Flask(__name__)
BANNER = "<h2>Hello {{ name }}!</h2><p>{{ now.strftime('%A') }} is a good day.</p>"
SUBJECTS = {
    "welcome": "Welcome aboard, {{ customer.first_name }}",
    "renewal": "{{ customer.first_name }}, your plan renews soon",
}


@app.get("/hello")
def hello():
    return render_template_string(BANNER, name=request.args.get("name", "friend"), now=datetime.now())


@app.post("/campaigns/preview")
def preview_campaign():
    body = request.get_json(force=True)
    customer = load_customer(body["customer_id"])
    template = SUBJECTS.get(body.get("kind"), SUBJECTS["welcome"])
    return jsonify({"subject": render_template_string(template, customer=customer)})
