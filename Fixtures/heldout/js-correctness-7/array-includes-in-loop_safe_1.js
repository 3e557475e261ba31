// MQTT.js bridge: muted devices and allowed kinds held in Sets.
const mqtt = require('mqtt');

const ALLOWED_KINDS = new Set(['temperature', 'humidity', 'co2', 'pressure']);

function start(config) {
  const client = mqtt.connect(config.brokerUrl, { clientId: 'bridge-' + config.site });
  const muted = new Set(config.mutedDevices);

  client.on('connect', () => client.subscribe(`sites/${config.site}/+/+`));
  client.on('message', (topic, payload) => {
    const batch = JSON.parse(payload.toString());
    const forwarded = [];
    for (const reading of batch.readings) {
      if (muted.has(reading.deviceId)) {
        continue;
      }
      forwarded.push(reading);
    }
    const known = forwarded.filter((reading) => ALLOWED_KINDS.has(reading.kind));
    client.publish(`bridge/${config.site}`, JSON.stringify({ topic, readings: known }));
  });
  return client;
}

module.exports = { start };
