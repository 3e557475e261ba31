// Browser: a board game with its own map of tiles.
class TileMap {
  constructor(width, height) {
    this.tiles = Array.from({ length: width * height }, () => 'grass');
    this.width = width;
  }

  tileAt(x, y) {
    return this.tiles[y * this.width + x];
  }
}

const board = new TileMap(8, 8);
const seen = new Map();
seen.set('origin', board.tileAt(0, 0));
document.querySelector('#tile').textContent = seen.get('origin');
