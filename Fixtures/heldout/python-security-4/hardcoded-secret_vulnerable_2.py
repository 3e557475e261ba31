"""AWS Lambda posting the daily sales digest to Slack."""
import json
import urllib.request

import pymysql

SLACK_BOT_TOKEN = "xoxb-4120938475-7730192845502-Zb8QvT1mLr5kXn2PaW9cYd3E"  # expect: hardcoded-secret
CHANNEL = "#sales-daily"


def sales_total():
    conn = pymysql.connect(
        host="sales-db.cluster-ro.eu-west-1.rds.amazonaws.com",
        user="digest",
        password="d1g3st-R3ad0nly!",  # expect: hardcoded-secret
        database="sales",
    )
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT COALESCE(SUM(total), 0) FROM orders WHERE created_at >= CURDATE()")
            return cur.fetchone()[0]
    finally:
        conn.close()


def handler(event, context):
    text = f"Sales today: {sales_total():.2f} EUR"
    req = urllib.request.Request(
        "https://slack.com/api/chat.postMessage",
        data=json.dumps({"channel": CHANNEL, "text": text}).encode(),
        headers={"Authorization": "Bearer " + SLACK_BOT_TOKEN, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return {"statusCode": resp.status}
