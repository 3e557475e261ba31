import argparse
import datetime

from clickhouse_driver import Client


def slow_endpoints(client, day, threshold_ms):
    return client.execute(
        "SELECT endpoint, quantile(0.95)(duration_ms) AS p95 FROM requests "
        "WHERE toDate(ts) = %(day)s GROUP BY endpoint HAVING p95 > %(threshold)s",
        {"day": day, "threshold": threshold_ms},
    )


def owner_of(client, endpoint):
    rows = client.execute(  # expect: n-plus-one-query
        "SELECT team FROM endpoint_owners WHERE endpoint = %(endpoint)s",
        {"endpoint": endpoint},
    )
    return rows[0][0] if rows else "unowned"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--threshold", type=int, default=800)
    args = parser.parse_args()
    client = Client(args.host)
    day = datetime.date.today() - datetime.timedelta(days=1)
    report = [(endpoint, p95, owner_of(client, endpoint)) for endpoint, p95 in slow_endpoints(client, day, args.threshold)]
    for endpoint, p95, team in report:
        print(f"{team:<12} {p95:>8.0f} ms  {endpoint}")


if __name__ == "__main__":
    main()
