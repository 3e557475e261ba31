"""Click CLI that summarises sales from a DuckDB file; values are bound, tables allow-listed."""
import click
import duckdb

TABLES = {"online": "sales_online", "retail": "sales_retail"}


@click.command()
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.option("--channel", type=click.Choice(sorted(TABLES)), default="online")
@click.option("--region", default="EU")
@click.option("--since", default="2026-01-01")
def summary(database, channel, region, since):
    con = duckdb.connect(database, read_only=True)
    table = TABLES[channel]
    rows = con.execute(
        f"SELECT product, sum(amount) FROM {table} WHERE region = ? AND sold_on >= ? GROUP BY product ORDER BY 2 DESC",
        [region, since],
    ).fetchall()
    for product, amount in rows:
        click.echo(f"{product}\t{amount:.2f}")


if __name__ == "__main__":
    summary()
