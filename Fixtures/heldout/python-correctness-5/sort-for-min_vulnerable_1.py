"""DuckDB + pandas: pick the cheapest and fastest courier for each parcel."""
import duckdb


def quotes_for(con, parcel_id):
    return con.execute(
        "SELECT courier, price, days FROM quotes WHERE parcel_id = ?", [parcel_id]
    ).fetchall()


def cheapest(con, parcel_id):
    return sorted(quotes_for(con, parcel_id), key=lambda q: q[1])[0]  # expect: sort-for-min


def fastest(con, parcel_id):
    ranked = sorted(quotes_for(con, parcel_id), key=lambda q: (q[2], q[1]))  # expect: sort-for-min
    return ranked[0]


def priciest_courier(frame):
    couriers = frame.groupby("courier")["price"].mean().reset_index().values.tolist()
    couriers.sort(key=lambda row: row[1])  # expect: sort-for-min
    return couriers[-1][0]


if __name__ == "__main__":
    connection = duckdb.connect("quotes.duckdb")
    print(cheapest(connection, 42), fastest(connection, 42))
