import hashlib
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def git_blob_id(content: bytes) -> str:
    header = f"blob {len(content)}\0".encode()
    return hashlib.sha1(header + content, usedforsecurity=False).hexdigest()


def encrypt(key, data):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor()
    return nonce + enc.update(data)


def encrypt_gcm(key, data):
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize() + enc.tag
