"""Settings with a plain-word database password written in."""
import psycopg2

DB_PASSWORD = "supersecret"  # expect: hardcoded-secret


def connect():
    return psycopg2.connect(host="db", user="app", password=DB_PASSWORD)
