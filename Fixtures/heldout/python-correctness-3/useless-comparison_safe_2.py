import random


class Pet:
    def __init__(self, name):
        self.name = name
        self.hunger = 5
        self.mood = "ok"

    def feed(self):
        self.hunger = max(self.hunger - 3, 0)
        if self.hunger == 0:
            self.mood = "happy"
        return self.mood == "happy"

    def tick(self):
        self.hunger += random.randint(0, 2)
        self.mood = "grumpy" if self.hunger > 8 else self.mood

    def is_hungry(self):
        return self.hunger >= 6


if __name__ == "__main__":
    pet = Pet("Mochi")
    while not pet.is_hungry():
        pet.tick()
    print(pet.name, "is hungry:", pet.hunger, pet.feed())
