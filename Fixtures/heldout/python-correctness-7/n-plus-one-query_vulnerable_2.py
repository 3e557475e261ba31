"""Roster export of the club app, stored with the `dataset` library."""
import csv

import dataset

db = dataset.connect("sqlite:///club.db")


class Roster:
    def __init__(self, database):
        self.players = database["players"]
        self.teams = database["teams"]

    def team_name(self, player):
        team = self.teams.find_one(id=player["team_id"])  # expect: n-plus-one-query
        return team["name"] if team else ""

    def export(self, path):
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            for player in self.players.find(order_by="name"):
                writer.writerow([player["name"], self.team_name(player)])


if __name__ == "__main__":
    Roster(db).export("roster.csv")
