from dataclasses import dataclass


@dataclass
class Enemy:
    x: int
    hp: int


class Wave:
    def __init__(self, enemies):
        self.enemies = enemies

    def update(self, damage):
        spawned = []
        for enemy in self.enemies:
            enemy.hp -= damage
            if 0 < enemy.hp < 10:
                spawned.append(Enemy(enemy.x + 1, 5))
        self.enemies = [e for e in self.enemies if e.hp > 0] + spawned

    def purge_far(self, limit):
        for i in range(len(self.enemies) - 1, -1, -1):
            if self.enemies[i].x > limit:
                del self.enemies[i]
