// MQTT.js bridge: forwards sensor readings, dropping muted devices and unknown topics.
const mqtt = require('mqtt');

const ALLOWED_KINDS = ['temperature', 'humidity', 'co2', 'pressure'];

function start(config) {
  const client = mqtt.connect(config.brokerUrl, { clientId: 'bridge-' + config.site });
  const muted = config.mutedDevices;

  client.on('connect', () => client.subscribe(`sites/${config.site}/+/+`));
  client.on('message', (topic, payload) => {
    const batch = JSON.parse(payload.toString());
    const forwarded = [];
    for (const reading of batch.readings) {
      if (muted.includes(reading.deviceId)) { // expect: array-includes-in-loop
        continue;
      }
      forwarded.push(reading);
    }
    const known = forwarded.filter((reading) => ALLOWED_KINDS.indexOf(reading.kind) !== -1); // expect: array-includes-in-loop
    client.publish(`bridge/${config.site}`, JSON.stringify({ topic, readings: known }));
  });
  return client;
}

module.exports = { start };
