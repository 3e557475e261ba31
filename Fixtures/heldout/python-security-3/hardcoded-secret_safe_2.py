import os
import smtplib
from email.message import EmailMessage

import psycopg

REPORT_SQL = "SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'"
PASSWORD_MIN_LENGTH = 12
TOKEN_URL = "https://auth.shop.example/oauth/token"


def daily_count():
    with psycopg.connect(os.environ["REPORTING_DSN"]) as conn:
        return conn.execute(REPORT_SQL).fetchone()[0]


def send_report(count):
    msg = EmailMessage()
    msg["Subject"] = f"Orders in the last 24h: {count}"
    msg["From"] = "reports@shop.example"
    msg["To"] = "team@shop.example"
    msg.set_content(f"{count} orders were placed yesterday.")
    with smtplib.SMTP("smtp.shop.example", 587) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


if __name__ == "__main__":
    send_report(daily_count())
