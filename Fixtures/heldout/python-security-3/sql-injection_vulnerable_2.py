from fastapi import APIRouter, Depends, Query
from psycopg import Connection

from .deps import get_conn

router = APIRouter(prefix="/reports")


def build_report_query(region: str, group_by: str) -> str:
    columns = ["region", group_by, "SUM(amount) AS total"]
    parts = ["SELECT " + ", ".join(columns), "FROM sales"]
    parts.append("WHERE region = '{}'".format(region))
    parts.append("GROUP BY region, " + group_by)
    return "\n".join(parts)


@router.get("/sales")
def sales_report(region: str, group_by: str = Query("month"), conn: Connection = Depends(get_conn)):
    query = build_report_query(region, group_by)
    with conn.cursor() as cur:
        cur.execute(query)  # expect: sql-injection
        return cur.fetchall()


@router.delete("/cache/{key}")
def drop_cached(key: str, conn: Connection = Depends(get_conn)):
    conn.execute(f"DELETE FROM report_cache WHERE cache_key = '{key}'")  # expect: sql-injection
    conn.commit()
    return {"deleted": key}
