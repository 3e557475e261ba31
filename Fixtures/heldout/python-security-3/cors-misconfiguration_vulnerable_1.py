from flask import Blueprint, Flask, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: cors-misconfiguration

partners = Blueprint("partners", __name__, url_prefix="/partner")


@partners.after_request
def partner_cors(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin  # expect: cors-misconfiguration
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response


@partners.get("/balance")
def balance():
    return {"balance": 0}


app.register_blueprint(partners)
