from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, request
from flask_cors import CORS

TRUSTED = {"https://app.example.com", "https://admin.example.com"}

api = FastAPI()
api.add_middleware(CORSMiddleware, allow_origins=sorted(TRUSTED), allow_credentials=True, allow_methods=["GET", "POST"])

public = FastAPI()
public.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

app = Flask(__name__)
CORS(app, origins=["https://app.example.com"], supports_credentials=True)


@app.after_request
def add_cors(response):
    origin = request.headers.get("Origin")
    if origin in TRUSTED:
        response.headers["Vary"] = "Origin"
    response.headers["Access-Control-Allow-Origin"] = "https://app.example.com"
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
