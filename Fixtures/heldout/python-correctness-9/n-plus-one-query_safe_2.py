import argparse
import datetime

from clickhouse_driver import Client


def slow_endpoints(client, day, threshold_ms):
    return client.execute(
        "SELECT endpoint, quantile(0.95)(duration_ms) AS p95 FROM requests "
        "WHERE toDate(ts) = %(day)s GROUP BY endpoint HAVING p95 > %(threshold)s",
        {"day": day, "threshold": threshold_ms},
    )


def owners(client):
    rows = client.execute("SELECT endpoint, team FROM endpoint_owners")
    return dict(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--threshold", type=int, default=800)
    args = parser.parse_args()
    client = Client(args.host)
    day = datetime.date.today() - datetime.timedelta(days=1)
    team_of = owners(client)
    report = [(endpoint, p95, team_of.get(endpoint, "unowned")) for endpoint, p95 in slow_endpoints(client, day, args.threshold)]
    for endpoint, p95, team in report:
        print(f"{team:<12} {p95:>8.0f} ms  {endpoint}")


if __name__ == "__main__":
    main()
