"""Class hierarchy for a text adventure's creatures."""
import random


class Creature:
    registry: dict[str, type["Creature"]] = {}

    def __init_subclass__(cls, kind: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        Creature.registry[kind or cls.__name__.lower()] = cls

    def __init__(self, name: str, hp: int):
        self.name = name
        self.hp = hp

    @staticmethod
    def roll(rng: random.Random, sides: int) -> int:
        return rng.randint(1, sides)

    @classmethod
    def spawn(cls, kind: str) -> "Creature":
        return cls.registry[kind]()

    @property
    def alive(self) -> bool:
        return self.hp > 0

    def describe(self) -> str:
        def bar(value: int) -> str:
            return "#" * max(value, 0)
        return f"{self.name} [{bar(self.hp)}]"


class Goblin(Creature, kind="goblin"):
    def __init__(self):
        super().__init__("goblin", hp=7)
