"""Arcade platformer: level sanity checks run when a tile map is loaded."""
import arcade

TILE_SCALING = 0.5


class LevelLoader:
    def __init__(self, path):
        self.tile_map = arcade.load_tilemap(path, scaling=TILE_SCALING)

    def check(self):
        layers = self.tile_map.sprite_lists
        assert "Platforms" in layers, "level has no Platforms layer"
        spawn = layers.get("Spawn", arcade.SpriteList())
        assert (
            len(spawn) == 1
        ), f"expected one spawn point, found {len(spawn)}"
        assert (len(spawn), spawn[0].center_x >= 0) == (1, True)
        return layers
