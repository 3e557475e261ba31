"""Arcade space shooter: the main window."""
import arcade

SCREEN_WIDTH = 800
SCREEN_HEIGHT = 600


class Shooter(arcade.Window):
    def __init__(self):
        super().__init__(SCREEN_WIDTH, SCREEN_HEIGHT, "Shooter")
        self.player = arcade.Sprite(":resources:images/space_shooter/playerShip1_orange.png", 0.5)
        self.lasers = arcade.SpriteList()

    def on_key_press(self, symbol, modifiers):
        if symbol == arcade.key.SPACE:
            laser = arcade.Sprite(":resources:images/space_shooter/laserBlue01.png", 0.8)
            laser.center_x = self.player.center_x
            laser.change_y = LASER_SPEED  # expect: undefined-name
            self.lasers.append(laser)

    def on_update(self, delta_time):
        self.lasers.update()

    def on_draw(self):
        self.clear()
        self.player.draw()
        self.lasers.draw()


if __name__ == "__main__":
    Shooter()
    areade.run()  # expect: undefined-name
