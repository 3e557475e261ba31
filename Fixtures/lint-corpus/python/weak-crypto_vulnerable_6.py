import hashlib as hl
from hashlib import md5, sha1


def password_hash(password: str, salt: bytes) -> str:
    return md5(salt + password.encode()).hexdigest()  # expect: weak-crypto


def api_token_digest(token: str) -> str:
    return sha1(token.encode()).hexdigest()  # expect: weak-crypto


def session_fingerprint(session_id: str) -> str:
    return hl.md5(session_id.encode()).hexdigest()  # expect: weak-crypto
