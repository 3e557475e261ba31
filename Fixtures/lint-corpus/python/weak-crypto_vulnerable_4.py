import hashlib

from Crypto.Cipher import ARC4
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def stream_encrypt(key, data):
    return ARC4.new(key).encrypt(data)  # expect: weak-crypto


def block_encrypt(key, data):
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # expect: weak-crypto
    return encryptor.update(data) + encryptor.finalize()


def token_fingerprint(token):
    digest = hashes.Hash(hashes.MD5())  # expect: weak-crypto
    digest.update(token.encode())
    return digest.finalize()


def hash_password(password, salt):
    h = hashlib.md5()  # expect: weak-crypto
    h.update(salt + password.encode())
    return h.hexdigest()
