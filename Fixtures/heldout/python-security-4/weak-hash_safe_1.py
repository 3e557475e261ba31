"""Litestar registration with PBKDF2 password hashing."""
import hashlib
import hmac
import os

from litestar import Litestar, post

from .members import create_member, find_member

ITERATIONS = 600_000


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


@post("/register")
async def register(data: dict[str, str]) -> dict:
    salt = os.urandom(16)
    member = await create_member(data["email"], salt=salt, password_hash=hash_password(data["password"], salt))
    return {"id": member.id}


@post("/login")
async def login(data: dict[str, str]) -> dict:
    member = await find_member(data.get("email", ""))
    if member is None:
        return {"ok": False}
    candidate = hash_password(data.get("password", ""), member.salt)
    return {"ok": hmac.compare_digest(candidate, member.password_hash)}


app = Litestar(route_handlers=[register, login])
