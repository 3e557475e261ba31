"""DuckDB + pandas: pick the cheapest courier and list the top three."""
import heapq

import duckdb


def quotes_for(con, parcel_id):
    return con.execute(
        "SELECT courier, price, days FROM quotes WHERE parcel_id = ?", [parcel_id]
    ).fetchall()


def cheapest(con, parcel_id):
    return min(quotes_for(con, parcel_id), key=lambda q: q[1], default=None)


def podium(con, parcel_id):
    return sorted(quotes_for(con, parcel_id), key=lambda q: (q[2], q[1]))[:3]


def three_cheapest(con, parcel_id):
    return heapq.nsmallest(3, quotes_for(con, parcel_id), key=lambda q: q[1])


if __name__ == "__main__":
    connection = duckdb.connect("quotes.duckdb")
    print(cheapest(connection, 42), podium(connection, 42))
