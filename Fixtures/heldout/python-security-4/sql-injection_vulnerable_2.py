"""AWS Lambda behind API Gateway: order lookup for the support dashboard."""
import json
import os

import pymysql

_conn = None


def _db():
    global _conn
    if _conn is None:
        _conn = pymysql.connect(
            host=os.environ["DB_HOST"],
            user=os.environ["DB_USER"],
            password=os.environ["DB_PASSWORD"],
            database="shop",
            cursorclass=pymysql.cursors.DictCursor,
        )
    return _conn


class OrderFilter:
    def __init__(self, qs):
        self.status = qs.get("status", "open")
        self.customer = qs.get("customer")

    def where(self):
        text = "status = '{}'".format(self.status)
        if self.customer:
            text += " AND customer_email LIKE '%" + self.customer + "%'"
        return text


def handler(event, context):
    qs = event.get("queryStringParameters") or {}
    flt = OrderFilter(qs)
    query = "SELECT id, customer_email, total, status FROM orders WHERE " + flt.where() + " LIMIT 100"
    with _db().cursor() as cur:
        cur.execute(query)  # expect: sql-injection
        rows = cur.fetchall()
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(rows, default=str),
    }
