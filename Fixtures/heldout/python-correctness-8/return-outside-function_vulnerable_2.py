# IPython startup file: ~/.ipython/profile_default/startup/10-warehouse.py
import os

from sqlalchemy import create_engine

WAREHOUSE = os.environ.get("WAREHOUSE_URL")
if WAREHOUSE is None:
    print("WAREHOUSE_URL not set; skipping warehouse helpers")
    return  # expect: return-outside-function

engine = create_engine(WAREHOUSE)


def q(sql):
    with engine.connect() as conn:
        return conn.exec_driver_sql(sql).fetchall()


print(f"warehouse helpers ready: q() on {engine.url.database}")


def tables():
    return [row[0] for row in q("SHOW TABLES")]
