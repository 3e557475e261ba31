import json

from metaflow import FlowSpec, Parameter, step
from pymongo import MongoClient


class ChurnReportFlow(FlowSpec):
    segment = Parameter("segment", help="JSON filter chosen in the report builder", default="{}")

    @step
    def start(self):
        self.match = json.loads(self.segment)
        self.next(self.load)

    @step
    def load(self):
        customers = MongoClient("mongodb://analytics-db")["crm"]["customers"]
        cursor = customers.find(self.match, {"_id": 0, "plan": 1, "churned": 1})  # expect: nosql-injection
        self.rows = list(cursor)
        self.next(self.end)

    @step
    def end(self):
        churned = sum(1 for row in self.rows if row.get("churned"))
        print(f"{churned} of {len(self.rows)} customers churned")


if __name__ == "__main__":
    ChurnReportFlow()
