import faust

app = faust.App("meter-readings", broker="kafka://localhost:9092")


class Reading(faust.Record):
    meter: str
    kwh: float


readings = app.topic("readings", value_type=Reading)
totals = app.Table("totals", default=float)


@app.agent(readings)
async def accumulate(stream):
    async for batch in stream.take(100, within=5):
        batch_kwh = sum(reading.kwh for reading in batch)
        for reading in batch:
            totals[reading.meter] += reading.kwh
        limit = max(app.conf.get("alert_kwh", 500.0), 1.0)
        if batch_kwh > limit:
            print(f"batch used {batch_kwh:.1f} kWh")
