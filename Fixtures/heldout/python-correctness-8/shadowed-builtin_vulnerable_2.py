import math

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
        sum = math.fsum(reading.kwh for reading in batch)  # expect: shadowed-builtin
        for reading in batch:
            totals[reading.meter] += reading.kwh
        max = app.conf.get("alert_kwh", 500.0)  # expect: shadowed-builtin
        if sum > max:
            print(f"batch used {sum:.1f} kWh")
