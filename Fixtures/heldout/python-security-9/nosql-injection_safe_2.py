import json

from metaflow import FlowSpec, Parameter, step
from pymongo import MongoClient

PLANS = {"free", "team", "business", "enterprise"}


class ChurnReportFlow(FlowSpec):
    segment = Parameter("segment", help="JSON filter chosen in the report builder", default="{}")

    @step
    def start(self):
        chosen = json.loads(self.segment)
        match = {}
        plan = chosen.get("plan")
        if isinstance(plan, str) and plan in PLANS:
            match["plan"] = plan
        if "min_seats" in chosen:
            match["seats"] = {"$gte": int(chosen["min_seats"])}
        self.match = match
        self.next(self.load)

    @step
    def load(self):
        customers = MongoClient("mongodb://analytics-db")["crm"]["customers"]
        self.rows = list(customers.find(self.match, {"_id": 0, "plan": 1, "churned": 1}))
        self.next(self.end)

    @step
    def end(self):
        churned = sum(1 for row in self.rows if row.get("churned"))
        print(f"{churned} of {len(self.rows)} customers churned")


if __name__ == "__main__":
    ChurnReportFlow()
