import smtplib
from email.message import EmailMessage

import psycopg

REPORT_SQL = "SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'"


def daily_count():
    with psycopg.connect(host="db.internal", dbname="shop", user="reporting", password="r3port!ng-2024") as conn:  # expect: hardcoded-secret
        return conn.execute(REPORT_SQL).fetchone()[0]


def send_report(count):
    msg = EmailMessage()
    msg["Subject"] = f"Orders in the last 24h: {count}"
    msg["From"] = "reports@shop.example"
    msg["To"] = "team@shop.example"
    msg.set_content(f"{count} orders were placed yesterday.")
    with smtplib.SMTP("smtp.shop.example", 587) as smtp:
        smtp.starttls()
        smtp.login("reports@shop.example", "Qx7!pL2m#Rw9")  # expect: hardcoded-secret
        smtp.send_message(msg)


if __name__ == "__main__":
    send_report(daily_count())
