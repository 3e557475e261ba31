"""Luigi tasks that build the weekly footfall report."""
import datetime

import luigi
import pandas as pd


class ExtractCounts(luigi.Task):
    week = luigi.DateParameter(default=datetime.date.today())

    def output(self):
        return luigi.LocalTarget(f"data/counts-{self.week:%G-W%V}.csv")

    def run(self):
        frame = pd.read_sql("SELECT * FROM door_counts", "postgresql:///footfall")
        with self.output().open("w") as out:
            frame.to_csv(out, index=False)


class WeeklyReport(luigi.Task):
    week = luigi.DateParameter(default=datetime.date.today())

    def requires(self):
        return ExtractCounts(week=self.week)

    def output(self):
        return luigi.LocalTarget(f"reports/footfall-{self.week:%G-W%V}.md")

    def busiest_door(frame):  # expect: missing-self
        return frame.groupby("door")["count"].sum().idxmax()

    def run(self):
        frame = pd.read_csv(self.input().path)
        with self.output().open("w") as out:
            out.write(f"# Footfall {self.week:%G-W%V}\n\nBusiest door: {self.busiest_door(frame)}\n")
