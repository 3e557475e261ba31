const { Board, Thermometer } = require('johnny-five');
const { readFile } = require('node:fs/promises');

function waitForBoard(port) {
  return new Promise((resolve, reject) => {
    const board = new Board({ port, repl: false });
    board.on('ready', () => resolve(board));
    board.on('error', reject);
  });
}

async function boardReady(port) {
  const config = JSON.parse(await readFile('./greenhouse.json', 'utf8'));
  const board = await waitForBoard(port || config.port);
  return { board, config };
}

async function main() {
  const { board, config } = await boardReady(process.argv[2]);
  const thermometer = new Thermometer({ controller: 'DS18B20', pin: config.pin, freq: 5000 });
  thermometer.on('change', () => {
    board.digitalWrite(config.fanPin, thermometer.celsius > config.maxCelsius ? 1 : 0);
  });
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
