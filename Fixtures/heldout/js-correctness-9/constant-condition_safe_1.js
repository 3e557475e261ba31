/* global pc */
const Turret = pc.createScript('turret');

Turret.attributes.add('range', { type: 'number', default: 12 });
Turret.attributes.add('fireRate', { type: 'number', default: 2 });
Turret.attributes.add('bullet', { type: 'entity' });
Turret.attributes.add('debug', { type: 'boolean', default: false });

Turret.prototype.initialize = function () {
  this.cooldown = 0;
  this.target = null;
};

Turret.prototype.findTarget = function () {
  const enemies = this.app.root.findByTag('enemy');
  const here = this.entity.getPosition();
  let best = null;
  let bestDistance = this.range;
  enemies.forEach((enemy) => {
    const distance = enemy.getPosition().distance(here);
    if (distance < bestDistance) {
      best = enemy;
      bestDistance = distance;
    }
  });
  return best;
};

Turret.prototype.update = function (dt) {
  this.cooldown -= dt;
  this.target = this.findTarget();
  if (!this.target) {
    return;
  }
  this.entity.lookAt(this.target.getPosition());
  if (this.cooldown <= 0 && this.bullet) {
    const shot = this.bullet.clone();
    shot.setPosition(this.entity.getPosition());
    shot.enabled = true;
    this.app.root.addChild(shot);
    this.cooldown = 1 / this.fireRate;
  }
  if (this.debug) {
    this.app.drawLine(this.entity.getPosition(), this.target.getPosition(), pc.Color.RED);
  }
};
