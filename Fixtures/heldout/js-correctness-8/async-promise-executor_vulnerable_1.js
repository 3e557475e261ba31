const { Board, Thermometer } = require('johnny-five');
const { readFile } = require('node:fs/promises');

function boardReady(port) {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    const config = JSON.parse(await readFile('./greenhouse.json', 'utf8'));
    const board = new Board({ port: port || config.port, repl: false });
    board.on('ready', () => resolve({ board, config }));
    board.on('error', reject);
  });
}

async function main() {
  const { board, config } = await boardReady(process.argv[2]);
  const thermometer = new Thermometer({ controller: 'DS18B20', pin: config.pin, freq: 5000 });
  thermometer.on('change', () => {
    const celsius = thermometer.celsius;
    if (celsius > config.maxCelsius) {
      board.digitalWrite(config.fanPin, 1);
    } else if (celsius < config.maxCelsius - 2) {
      board.digitalWrite(config.fanPin, 0);
    }
  });
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
