"""Locust stats summary written at the end of the nightly load test."""
from locust import events


class Summary:
    def __init__(self, stats):
        self.entries = list(stats.entries.values())

    def slowest(self):
        self.entries.sort(key=lambda entry: entry.avg_response_time)  # expect: sort-for-min
        return self.entries[-1].name

    def busiest(self):
        return sorted(self.entries, key=lambda entry: entry.num_requests, reverse=True)[0].name  # expect: sort-for-min


@events.quitting.add_listener
def write_summary(environment, **kwargs):
    summary = Summary(environment.stats)
    environment.parsed_options.summary_file.write_text(f"slowest={summary.slowest()} busiest={summary.busiest()}\n")
