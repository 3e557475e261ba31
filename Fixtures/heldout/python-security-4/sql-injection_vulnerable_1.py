"""Pyramid views for the parts catalogue, backed by MySQL through pymysql."""
import pymysql
from pyramid.view import view_config

from .config import db_settings

SORTABLE = "name"


def connect():
    return pymysql.connect(cursorclass=pymysql.cursors.DictCursor, **db_settings())


def catalogue_query(params):
    clauses = ["deleted = 0"]
    vendor = params.get("vendor")
    if vendor:
        clauses.append(f"vendor = '{vendor}'")
    min_stock = params.get("min_stock")
    if min_stock:
        clauses.append("stock >= " + min_stock)
    order = params.get("order", SORTABLE)
    return "SELECT id, name, vendor, stock FROM parts WHERE " + " AND ".join(clauses) + " ORDER BY " + order


@view_config(route_name="parts", renderer="json")
def list_parts(request):
    sql = catalogue_query(request.params)
    conn = connect()
    try:
        with conn.cursor() as cur:
            cur.execute(sql)  # expect: sql-injection
            return {"parts": cur.fetchall()}
    finally:
        conn.close()


@view_config(route_name="part_rename", request_method="POST", renderer="json")
def rename_part(request):
    part_id = request.matchdict["part_id"]
    new_name = request.json_body.get("name", "")
    conn = connect()
    try:
        with conn.cursor() as cur:
            cur.execute("UPDATE parts SET name = '%s' WHERE id = %s" % (new_name, part_id))  # expect: sql-injection
        conn.commit()
    finally:
        conn.close()
    return {"ok": True}
