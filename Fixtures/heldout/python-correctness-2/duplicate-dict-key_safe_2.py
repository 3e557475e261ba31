from dataclasses import asdict, dataclass


@dataclass
class Player:
    name: str
    level: int = 1
    hp: int = 100


def merge_save(old, new):
    merged = dict(old)
    merged.update(new)
    return merged


def to_row(player, team):
    row = asdict(player)
    return {
        "name": row["name"],
        "level": row["level"],
        "hp": row["hp"],
        "team": team,
        "team_id": hash(team) % 1000,
    }


if __name__ == "__main__":
    print(merge_save({"level": 2, "hp": 80}, {"level": 3}), to_row(Player("zed"), "red"))
