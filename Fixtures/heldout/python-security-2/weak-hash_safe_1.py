"""User store for a small Bottle-based club membership site, strong hashes."""
import hashlib
import hmac
import sqlite3

from bottle import HTTPError, post, request

DB = "/var/lib/club/members.db"


def hash_password(password: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000).hex()


def api_token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@post("/login")
def do_login():
    email = request.forms.get("email")
    password = request.forms.get("password")
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT salt, pw_hash FROM members WHERE email = ?", (email,)).fetchone()
    if row is None or not hmac.compare_digest(hash_password(password, row[0]), row[1]):
        raise HTTPError(401, "invalid login")
    return {"ok": True}


@post("/tokens/check")
def check_token():
    digest = api_token_digest(request.headers.get("X-Club-Token", ""))
    with sqlite3.connect(DB) as conn:
        found = conn.execute("SELECT 1 FROM tokens WHERE digest = ?", (digest,)).fetchone()
    return {"valid": found is not None}
