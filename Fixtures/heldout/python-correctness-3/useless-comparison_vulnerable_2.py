import random


class Pet:
    def __init__(self, name):
        self.name = name
        self.hunger = 5
        self.mood = "ok"

    def feed(self):
        self.hunger = max(self.hunger - 3, 0)
        if self.hunger == 0:
            self.mood == "happy"  # expect: useless-comparison

    def tick(self):
        self.hunger += random.randint(0, 2)
        if self.hunger > 8:
            self.mood == "grumpy"  # expect: useless-comparison

    def __str__(self):
        return f"{self.name}: hunger {self.hunger}, {self.mood}"


if __name__ == "__main__":
    pet = Pet("Mochi")
    for _ in range(5):
        pet.tick()
        print(pet)
    pet.feed()
    print(pet)
