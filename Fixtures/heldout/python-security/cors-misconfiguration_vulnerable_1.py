from flask import Flask, jsonify, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)  # expect: cors-misconfiguration


@app.get("/api/profile")
def profile():
    return jsonify(name="Ada", plan="pro")


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin  # expect: cors-misconfiguration
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
