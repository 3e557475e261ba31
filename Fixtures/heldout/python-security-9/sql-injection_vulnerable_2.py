import faust
import trino

app = faust.App("price-watch", broker="kafka://kafka.internal:9092")


class PriceCheck(faust.Record):
    sku: str
    region: str
    since: str


checks = app.topic("price-checks", value_type=PriceCheck)
answers = app.topic("price-answers")


def history_statement(check):
    return f"""
        SELECT day, min(price) AS low, max(price) AS high
        FROM hive.pricing.daily
        WHERE sku = '{check.sku}' AND region = '{check.region}' AND day >= DATE '{check.since}'
        GROUP BY day ORDER BY day
    """


@app.agent(checks)
async def answer(stream):
    conn = trino.dbapi.connect(host="trino.internal", port=8080, user="price-watch")
    async for check in stream:
        cursor = conn.cursor()
        cursor.execute(history_statement(check))  # expect: sql-injection
        await answers.send(value={"sku": check.sku, "rows": cursor.fetchall()})
