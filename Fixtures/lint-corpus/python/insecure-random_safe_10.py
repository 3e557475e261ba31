"""A single random pick is a choice, not a secret; parsers and samplers keep their tokens."""
import random
import secrets

from .mail import send_email

BANNERS = ["spring.png", "summer.png", "autumn.png"]
GREETINGS = ["Hello", "Hi", "Welcome back"]


def create_key(request, store):
    api_key = secrets.token_hex(24)
    store.save(request.user, api_key)
    return {"key": api_key, "banner": random.choice(BANNERS)}


def welcome(user):
    send_email(user.email, "Hello", f"{random.choice(GREETINGS)}, {user.name}!")


def sample_text(model, vocab, length):
    out = []
    for _ in range(length):
        next_token = random.choices(vocab, weights=model.weights)[0]
        out.append(next_token)
    return " ".join(out)


def retry_after(response):
    response.headers["Retry-After"] = str(random.randint(1, 30))
    response.headers["X-Request-Id"] = "%016x" % random.getrandbits(64)
    return response
