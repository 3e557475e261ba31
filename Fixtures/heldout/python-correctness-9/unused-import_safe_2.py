from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import bytewax.operators as op
import bytewax.operators.windowing as win
from bytewax.connectors.stdio import StdOutSink
from bytewax.dataflow import Dataflow
from bytewax.testing import TestingSource
from bytewax.operators.windowing import EventClock, TumblingWindower

if TYPE_CHECKING:
    from datetime import datetime

READINGS = [
    {"sensor": "a", "ts": "2026-12-01T10:00:00+00:00", "watts": 120},
    {"sensor": "a", "ts": "2026-12-01T10:00:30+00:00", "watts": 140},
    {"sensor": "b", "ts": "2026-12-01T10:00:10+00:00", "watts": 80},
]


def timestamp_of(reading) -> datetime:
    from datetime import datetime as dt

    return dt.fromisoformat(reading["ts"])


def build():
    flow = Dataflow("power_per_minute")
    stream = op.input("in", flow, TestingSource(READINGS))
    keyed = op.key_on("by_sensor", stream, lambda r: r["sensor"])
    clock = EventClock(timestamp_of, wait_for_system_duration=timedelta(seconds=5))
    windower = TumblingWindower(length=timedelta(minutes=1), align_to=timestamp_of(READINGS[0]))
    totals = win.fold_window("sum", keyed, clock, windower, lambda: 0, lambda acc, r: acc + r["watts"], lambda a, b: a + b)
    op.output("out", totals.down, StdOutSink())
    return flow


flow = build()
