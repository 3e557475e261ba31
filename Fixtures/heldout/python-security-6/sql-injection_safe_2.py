"""Django Ninja endpoints on ClickHouse (clickhouse-driver) for the analytics explorer."""
import os

from clickhouse_driver import Client
from ninja import NinjaAPI
from ninja.errors import HttpError

api = NinjaAPI(urls_namespace="analytics")
client = Client(host=os.environ["CLICKHOUSE_HOST"])
EXPORTS = {"events": {"event", "site", "ts"}, "sessions": {"site", "duration"}}


@api.get("/events/top")
def top_events(request, site: str, days: int = 7):
    return client.execute(
        "SELECT event, count() AS n FROM events "
        "WHERE site = %(site)s AND ts > now() - INTERVAL %(days)s DAY "
        "GROUP BY event ORDER BY n DESC LIMIT 20",
        {"site": site, "days": days},
    )


@api.get("/events/export")
def export(request, table: str, column: str):
    if column not in EXPORTS.get(table, set()):
        raise HttpError(400, "unknown column")
    rows = client.execute(f"SELECT {column} FROM {table} LIMIT 1000")
    return {"rows": rows}
