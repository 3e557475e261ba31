"""FastStream consumer writing warehouse events into Oracle with bind variables."""
import os

import oracledb
from faststream import FastStream
from faststream.kafka import KafkaBroker

broker = KafkaBroker(os.environ["KAFKA_BOOTSTRAP"])
app = FastStream(broker)
pool = oracledb.create_pool(
    user=os.environ["WMS_USER"], password=os.environ["WMS_PASSWORD"], dsn=os.environ["WMS_DSN"], min=1, max=4
)

LOCATION_SQL = """
    SELECT bin_id
      FROM bins
     WHERE aisle = :aisle
       AND shelf = :shelf
"""


@broker.subscriber("warehouse.moves")
async def on_move(event: dict):
    with pool.acquire() as conn, conn.cursor() as cursor:
        cursor.execute(LOCATION_SQL, aisle=event["aisle"], shelf=int(event["shelf"]))
        row = cursor.fetchone()
        cursor.execute(
            "INSERT INTO moves (bin_id, sku, qty) VALUES (:bin_id, :sku, :qty)",
            bin_id=row[0], sku=event["sku"], qty=int(event["qty"]),
        )
        conn.commit()
