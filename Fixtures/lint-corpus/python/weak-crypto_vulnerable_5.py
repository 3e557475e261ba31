import hashlib

from Crypto.Cipher import DES3, Blowfish
from Crypto.Hash import MD5
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def legacy_encrypt(key, iv, data):
    cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))  # expect: weak-crypto
    enc = cipher.encryptor()
    return enc.update(data) + enc.finalize()


def blowfish_encrypt(key, data):
    return Blowfish.new(key, Blowfish.MODE_CBC).encrypt(data)  # expect: weak-crypto


def des3_encrypt(key, data):
    return DES3.new(key, DES3.MODE_CFB).encrypt(data)  # expect: weak-crypto


def signature_digest(message):
    return MD5.new(message).hexdigest()  # expect: weak-crypto


def password_hash(password):
    return hashlib.new("MD5", password.encode()).hexdigest()  # expect: weak-crypto
