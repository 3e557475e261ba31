const noble = require('@abandonware/noble');

const HEART_RATE_SERVICE = '180d';
const MEASUREMENT = '2a37';

function parseHeartRate(data) {
  const flags = data.readUInt8(0);
  const bpm = flags & 0x01 ? data.readUInt16LE(1) : data.readUInt8(1);
  if (bpm === NaN || bpm === 0) { // expect: nan-comparison
    return null;
  }
  return bpm;
}

noble.on('stateChange', (state) => {
  if (state === 'poweredOn') {
    noble.startScanning([HEART_RATE_SERVICE], false);
  }
});

noble.on('discover', async (peripheral) => {
  await noble.stopScanningAsync();
  await peripheral.connectAsync();
  const { characteristics } = await peripheral.discoverSomeServicesAndCharacteristicsAsync([HEART_RATE_SERVICE], [MEASUREMENT]);
  const [measurement] = characteristics;
  const zone = Number(process.env.MAX_BPM);
  measurement.on('data', (data) => {
    const bpm = parseHeartRate(data);
    if (bpm !== null && zone !== NaN && bpm > zone) { // expect: nan-comparison
      process.stdout.write(`\u0007 heart rate ${bpm} above ${zone}\n`);
    }
  });
  await measurement.subscribeAsync();
});
