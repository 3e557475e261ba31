import hashlib

from Crypto.Cipher import AES, DES


def password_digest(password: str) -> str:
    return hashlib.new("md5", password.encode()).hexdigest()  # expect: weak-crypto


def api_key_hash(api_key: str) -> str:
    return hashlib.sha1(api_key.encode()).hexdigest()  # expect: weak-crypto


def encrypt_record(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)  # expect: weak-crypto
    return cipher.encrypt(data)


def encrypt_legacy(key: bytes, iv: bytes, data: bytes) -> bytes:
    return DES.new(key, DES.MODE_CBC, iv=iv).encrypt(data)  # expect: weak-crypto
