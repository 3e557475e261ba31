from flask import Flask, jsonify, request
from flask_cors import CORS

app = Flask(__name__)
TRUSTED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}
CORS(app, resources={r"/public/*": {"origins": "*"}})


@app.get("/public/status")
def status():
    return jsonify(status="ok")


@app.get("/api/profile")
def profile():
    return jsonify(name="Ada", plan="pro")


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin in TRUSTED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response
