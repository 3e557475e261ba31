import csv
from collections import Counter


class LeagueTable:
    def __init__(self, path: str):
        with open(path, newline="", encoding="utf-8") as handle:
            self.results = list(csv.DictReader(handle))

    def goals_by_team(self) -> Counter:
        goals = Counter()
        for row in self.results:
            goals[row["home"]] += int(row["home_goals"])
            goals[row["away"]] += int(row["away_goals"])
        return goals

    def total_goals(self) -> int:
        total = 0
        for team, scored in self.goals_by_team().items():  # expect: unused-loop-variable
            total += scored
        return total

    def leaders(self, top: int = 3) -> list[str]:
        return [f"{team}: {scored}" for team, scored in self.goals_by_team().most_common(top)]
