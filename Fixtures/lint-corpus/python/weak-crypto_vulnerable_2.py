from Crypto.Cipher import AES, DES


def encrypt_card_number(key, number):
    cipher = DES.new(key, DES.MODE_ECB)  # expect: weak-crypto
    padded = number.ljust(16).encode()
    return cipher.encrypt(padded)


def encrypt_note(key, note):
    cipher = AES.new(key, AES.MODE_ECB)  # expect: weak-crypto
    data = note.encode()
    data += b" " * (16 - len(data) % 16)
    return cipher.encrypt(data)
