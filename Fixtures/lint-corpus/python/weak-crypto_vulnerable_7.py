"""Password hashing through an aliased hashlib."""
import hashlib as hl
from hashlib import sha1 as fingerprint


def store_password(db, user, password):
    digest = hl.md5(password.encode()).hexdigest()  # expect: weak-crypto
    db.save(user, digest)


def token_for(user):
    return fingerprint(user.email.encode()).hexdigest()  # expect: weak-crypto
