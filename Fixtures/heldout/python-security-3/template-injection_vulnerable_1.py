from datetime import datetime

from flask import Flask, jsonify, render_template_string, request

from .mail import load_customer

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "friend")
    banner = "<h2>Hello " + name + "!</h2>"
    banner += "<p>{{ now.strftime('%A') }} is a good day.</p>"
    return render_template_string(banner, now=datetime.now())  # expect: template-injection


@app.post("/campaigns/preview")
def preview_campaign():
    body = request.get_json(force=True)
    customer = load_customer(body["customer_id"])
    subject = render_template_string(body["subject"], customer=customer)  # expect: template-injection
    return jsonify({"subject": subject})
