import datetime  # expect: unused-import
import re

from flask import Flask, jsonify, redirect, request  # expect: unused-import

app = Flask(__name__)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]+")


@app.route("/check")
def check_email():
    return jsonify({"valid": bool(EMAIL.fullmatch(request.args.get("email", "")))})
