from dataclasses import dataclass


@dataclass
class Enemy:
    x: int
    hp: int


class Wave:
    def __init__(self, enemies):
        self.enemies = enemies

    def update(self, damage):
        for enemy in self.enemies:
            enemy.hp -= damage
            if enemy.hp <= 0:
                self.enemies.remove(enemy)  # expect: modify-list-while-iterating
            elif enemy.hp < 10:
                self.enemies.append(Enemy(enemy.x + 1, 5))  # expect: modify-list-while-iterating

    def alive(self):
        return len(self.enemies)
