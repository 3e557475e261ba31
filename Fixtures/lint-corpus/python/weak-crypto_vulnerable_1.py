import hashlib

from flask import Flask, request

app = Flask(__name__)
USERS = {}


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()  # expect: weak-crypto


@app.route("/register", methods=["POST"])
def register():
    USERS[request.form["username"]] = hash_password(request.form["password"])
    return "created", 201


def make_reset_token(email, issued_at):
    digest = hashlib.sha1(f"{email}:{issued_at}".encode())  # expect: weak-crypto
    return digest.hexdigest()


def api_signature(secret, body):
    signer = hashlib.new("md5")  # expect: weak-crypto
    signer.update(secret + body)
    return signer.hexdigest()
