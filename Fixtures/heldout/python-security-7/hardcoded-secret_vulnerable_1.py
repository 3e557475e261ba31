"""Pyro5 inventory daemon for the warehouse scanners."""
import oracledb
import Pyro5.api

DSN = "wms-db.internal:1521/WMSPDB"
DB_USER = "wms_app"
DB_PASSWORD = "Wh5-Pr0d!2026"  # expect: hardcoded-secret


@Pyro5.api.expose
class Inventory:
    def __init__(self):
        self.pool = oracledb.create_pool(user=DB_USER, password=DB_PASSWORD, dsn=DSN, min=1, max=4)

    def stock(self, sku):
        with self.pool.acquire() as conn, conn.cursor() as cursor:
            cursor.execute("SELECT qty FROM stock WHERE sku = :sku", sku=sku)
            row = cursor.fetchone()
            return row[0] if row else 0


def main():
    daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)
    daemon._pyroHmacKey = b"scanner-fleet-hmac-7f3a9c"  # expect: hardcoded-secret
    daemon.register(Inventory, "inventory")
    daemon.requestLoop()


if __name__ == "__main__":
    main()
