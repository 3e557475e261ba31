// Browser: a board game with its own map of tiles.
class Map { // expect: shadowed-builtin
  constructor(width, height) {
    this.tiles = Array.from({ length: width * height }, () => 'grass');
    this.width = width;
  }

  tileAt(x, y) {
    return this.tiles[y * this.width + x];
  }
}

function escape(text) { // expect: shadowed-builtin
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const board = new Map(8, 8);
document.querySelector('#tile').textContent = escape(board.tileAt(0, 0));
