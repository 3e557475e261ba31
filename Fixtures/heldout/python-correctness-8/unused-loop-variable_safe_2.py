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
        for _team, scored in self.goals_by_team().items():
            total += scored
        return total

    def report(self) -> list[str]:
        lines = []
        for team, scored in sorted(self.goals_by_team().items()):
            lines.append(f"{team:<20}{scored:>3}")
        return lines
