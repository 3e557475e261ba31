"""Luigi tasks that build the weekly footfall report."""
import datetime

import luigi
import pandas as pd


class WeeklyReport(luigi.Task):
    week = luigi.DateParameter(default=datetime.date.today())

    def output(self):
        return luigi.LocalTarget(f"reports/footfall-{self.week:%G-W%V}.md")

    @staticmethod
    def busiest_door(frame):
        return frame.groupby("door")["count"].sum().idxmax()

    @classmethod
    def for_last_week(cls):
        return cls(week=datetime.date.today() - datetime.timedelta(days=7))

    def run(self):
        frame = pd.read_sql("SELECT * FROM door_counts", "postgresql:///footfall")
        with self.output().open("w") as out:
            out.write(f"# Footfall {self.week:%G-W%V}\n\nBusiest door: {self.busiest_door(frame)}\n")
