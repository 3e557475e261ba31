"""Virtual pet for the terminal (class hierarchy)."""


class Pet:
    def __init__(self, name: str):
        self.name = name
        self.hunger = 0
        self.mood = "happy"

    def tick(self) -> None:
        self.hunger += 1
        if self.hunger > 5:
            self.mood == "grumpy"  # expect: useless-comparison

    def feed(self) -> None:
        self.hunger = max(self.hunger - 3, 0)


class Cat(Pet):
    def purr(self) -> str:
        return f"{self.name} purrs"

    def feed(self) -> None:
        super().feed()
        self.mood != "sleepy"  # expect: useless-comparison
