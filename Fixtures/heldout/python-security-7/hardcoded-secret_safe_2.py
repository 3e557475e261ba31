"""FastStream consumer that exports paid orders; secrets read at start-up."""
import os

import snowflake.connector
from faststream import FastStream
from faststream.rabbit import RabbitBroker

broker = RabbitBroker(os.environ["ORDERS_AMQP_URL"])
app = FastStream(broker)

SNOWFLAKE = {
    "account": "acme-eu1",
    "user": "EXPORTER",
    "password": os.environ.get("SNOWFLAKE_PASSWORD", ""),
    "warehouse": "EXPORT_WH",
    "private_key_file": "/run/secrets/snowflake.p8",
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
