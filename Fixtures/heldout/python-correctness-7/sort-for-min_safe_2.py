"""Locust stats summary written at the end of the nightly load test."""
from locust import events


class Summary:
    def __init__(self, stats):
        self.entries = list(stats.entries.values())

    def slowest(self):
        return max(self.entries, key=lambda entry: entry.avg_response_time).name

    def ranking(self):
        return [entry.name for entry in sorted(self.entries, key=lambda entry: entry.num_requests, reverse=True)]


@events.quitting.add_listener
def write_summary(environment, **kwargs):
    summary = Summary(environment.stats)
    lines = [f"slowest={summary.slowest()}", *summary.ranking()]
    environment.parsed_options.summary_file.write_text("\n".join(lines) + "\n")
