// Phaser 3 scene: a breakout level.
import Phaser from "phaser";

export default class BreakoutScene extends Phaser.Scene {
  constructor() {
    super("breakout");
    this.lives = 3;
  }

  create() {
    this.paddle = this.physics.add.image(400, 550, "paddle").setImmovable(true);
    this.ball = this.physics.add.image(400, 500, "ball").setCollideWorldBounds(true).setBounce(1);
    this.bricks = this.physics.add.staticGroup({ key: "brick", frameQuantity: 40, gridAlign: { width: 10, cellWidth: 64, x: 112, y: 100 } });
    this.physics.add.collider(this.ball, this.bricks, (ball, brick) => this.hitBrick(brick));
    this.physics.add.collider(this.ball, this.paddle);
  }

  hitBrick(brick) {
    brick.disableBody(true, true);
    if (this.bricks.countActive() == 0) {  // expect: loose-equality
      this.scene.restart();
    }
  }

  update() {
    if (this.ball.y > 590 && this.lives != 0) {  // expect: loose-equality
      this.lives -= 1;
      this.ball.setPosition(this.paddle.x, 500);
    }
    if (this.input.activePointer.isDown && this.ball.body.velocity.x == "0") {  // expect: loose-equality
      this.ball.setVelocity(-75, -300);
    }
  }
}
