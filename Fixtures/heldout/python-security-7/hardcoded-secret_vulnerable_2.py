"""FastStream consumer that exports paid orders to the accounting warehouse."""
import snowflake.connector
from faststream import FastStream
from faststream.rabbit import RabbitBroker

broker = RabbitBroker("amqp://orders:Rmq-0rders-s3cret@mq.internal:5672/")  # expect: hardcoded-secret
app = FastStream(broker)

SNOWFLAKE = {
    "account": "acme-eu1",
    "user": "EXPORTER",
    "password": "Sn0wfl@ke-Exp0rt-2026",  # expect: hardcoded-secret
    "warehouse": "EXPORT_WH",
}


@broker.subscriber("orders.paid")
async def export_order(order: dict):
    conn = snowflake.connector.connect(**SNOWFLAKE)
    try:
        conn.cursor().execute(
            "INSERT INTO PAID_ORDERS (ID, TOTAL) VALUES (%s, %s)",
            (order["id"], order["total"]),
        )
    finally:
        conn.close()
