"""Metaflow training flow for the demand forecast."""
import statistics

from metaflow import FlowSpec, Parameter, step


class DemandFlow(FlowSpec):
    horizon = Parameter("horizon", default=14)

    def clip_outliers(values):  # expect: missing-self
        cut = statistics.quantiles(values, n=100)[-1]
        return [min(v, cut) for v in values]

    def horizon_days(horizon):  # expect: missing-self
        return max(1, min(int(horizon), 90))

    @step
    def start(self):
        self.days = self.horizon_days(self.horizon)
        self.next(self.train)

    @step
    def train(self):
        from .data import load_sales

        self.sales = self.clip_outliers(load_sales())
        self.next(self.end)

    @step
    def end(self):
        self.summary = {"points": len(self.sales), "days": self.days}


if __name__ == "__main__":
    DemandFlow()
