from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import get_session

bp = Blueprint("inventory", __name__, url_prefix="/inventory")


class StockRepository:
    def __init__(self, session):
        self.session = session

    def search(self, warehouse, sku_prefix, min_qty):
        sql = "SELECT sku, name, qty FROM stock WHERE 1=1"
        if warehouse:
            sql += " AND warehouse_code = '%s'" % warehouse
        if sku_prefix:
            sql += f" AND sku LIKE '{sku_prefix}%'"
        if min_qty:
            sql += " AND qty >= " + min_qty
        return self.session.execute(text(sql)).mappings().all()  # expect: sql-injection


@bp.get("/search")
def search_stock():
    repo = StockRepository(get_session())
    rows = repo.search(
        request.args.get("warehouse"),
        request.args.get("sku"),
        request.args.get("min_qty"),
    )
    return jsonify([dict(r) for r in rows])
