"""Django Ninja endpoints on ClickHouse (clickhouse-driver) for the analytics explorer."""
import os

from clickhouse_driver import Client
from ninja import NinjaAPI

api = NinjaAPI(urls_namespace="analytics")
client = Client(host=os.environ["CLICKHOUSE_HOST"])


@api.get("/events/top")
def top_events(request, site: str, days: int = 7):
    query = (
        "SELECT event, count() AS n FROM events "
        f"WHERE site = '{site}' AND ts > now() - INTERVAL {days} DAY "
        "GROUP BY event ORDER BY n DESC LIMIT 20"
    )
    return client.execute(query)  # expect: sql-injection


@api.get("/events/export")
def export(request, table: str, column: str):
    rows = client.execute("SELECT " + column + " FROM " + table + " LIMIT 1000")  # expect: sql-injection
    return {"rows": rows}
