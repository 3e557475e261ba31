from hashlib import md5, sha256


def password_hash(password: str, salt: bytes) -> str:
    return sha256(salt + password.encode()).hexdigest()


def cache_key(url: str) -> str:
    return md5(url.encode(), usedforsecurity=False).hexdigest()
