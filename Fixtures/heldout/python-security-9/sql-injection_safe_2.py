import datetime

import faust
import trino

app = faust.App("price-watch", broker="kafka://kafka.internal:9092")

HISTORY = """
    SELECT day, min(price) AS low, max(price) AS high
    FROM hive.pricing.daily
    WHERE sku = ? AND region = ? AND day >= ?
    GROUP BY day ORDER BY day
"""


class PriceCheck(faust.Record):
    sku: str
    region: str
    since: str


checks = app.topic("price-checks", value_type=PriceCheck)
answers = app.topic("price-answers")


@app.agent(checks)
async def answer(stream):
    conn = trino.dbapi.connect(host="trino.internal", port=8080, user="price-watch")
    async for check in stream:
        since = datetime.date.fromisoformat(check.since)
        cursor = conn.cursor()
        cursor.execute(HISTORY, (check.sku, check.region, since))
        await answers.send(value={"sku": check.sku, "rows": cursor.fetchall()})
