"""Roster export of the club app, stored with the `dataset` library: teams read once."""
import csv

import dataset

db = dataset.connect("sqlite:///club.db")


class Roster:
    def __init__(self, database):
        self.players = database["players"]
        self.teams = database["teams"]

    def export(self, path):
        names = {team["id"]: team["name"] for team in self.teams.all()}
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            for player in self.players.find(order_by="name"):
                writer.writerow([player["name"], names.get(player["team_id"], "")])


if __name__ == "__main__":
    Roster(db).export("roster.csv")
