"""Class hierarchy for a text adventure's creatures."""
import random


class Creature:
    def __init__(self, name: str, hp: int, attack: int):
        self.name = name
        self.hp = hp
        self.attack = attack

    def alive(self) -> bool:
        return self.hp > 0

    def take_hit(damage: int) -> None:  # expect: missing-self
        print(f"ouch, {damage} damage")

    def strike(self, other: "Creature", rng: random.Random) -> int:
        damage = rng.randint(1, self.attack)
        other.hp -= damage
        return damage


class Goblin(Creature):
    def __init__(self):
        super().__init__("goblin", hp=7, attack=4)

    def taunt() -> str:  # expect: missing-self
        return "Shiny things are mine!"


class Dragon(Creature):
    def __init__(self):
        super().__init__("dragon", hp=40, attack=12)

    def breathe(self, targets: list[Creature]) -> None:
        for target in targets:
            target.hp -= self.attack // 2
