"""Pyro5 inventory daemon; credentials come from the environment."""
import os

import oracledb
import Pyro5.api

DSN = "wms-db.internal:1521/WMSPDB"
DB_PASSWORD_ENV = "WMS_DB_PASSWORD"


@Pyro5.api.expose
class Inventory:
    def __init__(self):
        self.pool = oracledb.create_pool(
            user=os.environ["WMS_DB_USER"], password=os.environ[DB_PASSWORD_ENV], dsn=DSN, min=1, max=4
        )

    def stock(self, sku):
        with self.pool.acquire() as conn, conn.cursor() as cursor:
            cursor.execute("SELECT qty FROM stock WHERE sku = :sku", sku=sku)
            row = cursor.fetchone()
            return row[0] if row else 0


def main():
    daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)
    daemon._pyroHmacKey = os.environ["PYRO_HMAC_KEY"].encode()
    daemon.register(Inventory, "inventory")
    daemon.requestLoop()


if __name__ == "__main__":
    main()
