class Repository:
    @staticmethod
    def query(filters: dict = dict(), order=["id"]):  # expect: mutable-default
        return filters, order

    @classmethod
    def bulk(cls, rows, seen={1, 2}):  # expect: mutable-default
        seen.update(r["id"] for r in rows)
        return seen
