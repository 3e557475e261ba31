# IPython startup file: ~/.ipython/profile_default/startup/10-warehouse.py
import os
import sys

from sqlalchemy import create_engine

WAREHOUSE = os.environ.get("WAREHOUSE_URL")
if WAREHOUSE is None:
    sys.exit("WAREHOUSE_URL not set; skipping warehouse helpers")

engine = create_engine(WAREHOUSE)


def q(sql):
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(sql).fetchall()
        return rows


print(f"warehouse helpers ready: q() on {engine.url.database}")
