"""Virtual pet for the terminal (class hierarchy)."""


class Pet:
    def __init__(self, name: str):
        self.name = name
        self.hunger = 0
        self.mood = "happy"

    def tick(self) -> None:
        self.hunger += 1
        if self.hunger > 5:
            self.mood = "grumpy"

    def is_grumpy(self) -> bool:
        return self.mood == "grumpy"


class Cat(Pet):
    def content(self) -> bool:
        happy = self.hunger <= 2 and self.mood == "happy"
        return happy or self.mood != "sleepy"
