"""The same settings read from the environment; the literals left are placeholders."""
import os

import psycopg2

DB_PASSWORD = os.environ["DB_PASSWORD"]
JWT_SECRET = os.environ.get("JWT_SECRET", "")
EXAMPLE_PASSWORD = "changeme"


def connect():
    return psycopg2.connect(host="db", user="app", password=DB_PASSWORD)
