"""FastStream consumer writing warehouse events into Oracle."""
import os

import oracledb
from faststream import FastStream
from faststream.kafka import KafkaBroker

broker = KafkaBroker(os.environ["KAFKA_BOOTSTRAP"])
app = FastStream(broker)
pool = oracledb.create_pool(
    user=os.environ["WMS_USER"], password=os.environ["WMS_PASSWORD"], dsn=os.environ["WMS_DSN"], min=1, max=4
)


def _location_sql(event):
    return f"""
        SELECT bin_id
          FROM bins
         WHERE aisle = '{event["aisle"]}'
           AND shelf = {event["shelf"]}
    """


@broker.subscriber("warehouse.moves")
async def on_move(event: dict):
    with pool.acquire() as conn, conn.cursor() as cursor:
        cursor.execute(_location_sql(event))  # expect: sql-injection
        row = cursor.fetchone()
        cursor.execute(  # expect: sql-injection
            "INSERT INTO moves (bin_id, sku, qty) VALUES (" + str(row[0]) + ", '" + event["sku"] + "', " + str(event["qty"]) + ")"
        )
        conn.commit()
