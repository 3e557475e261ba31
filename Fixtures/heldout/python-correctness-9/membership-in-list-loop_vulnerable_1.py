import sys

from pyspark.sql import SparkSession

BLOCKED_COUNTRIES = ["KP", "IR", "SY", "CU"]


def load_orders(spark, path):
    return spark.read.option("header", True).csv(path)


def screen(rows):
    flagged = []
    for row in rows:
        if row["country"] in BLOCKED_COUNTRIES:  # expect: membership-in-list-loop
            flagged.append(row["order_id"])
    return flagged


def main(path):
    spark = SparkSession.builder.appName("order-screening").getOrCreate()
    orders = load_orders(spark, path)
    rows = orders.select("order_id", "country").collect()
    flagged = screen(rows)
    print(f"{len(flagged)} of {len(rows)} orders need review")
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1])
