// MQTT.js helper for a smart-plug fleet: wait for a plug to report its state.
const mqtt = require("mqtt");

const client = mqtt.connect(process.env.MQTT_URL || "mqtt://broker.local");

async function waitForState(plugId, timeoutMs = 5000) {
  const topic = `plugs/${plugId}/state`;
  await client.subscribeAsync(topic);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no state from ${plugId}`)), timeoutMs);
    client.on("message", (incoming, payload) => {
      if (incoming === topic) {
        clearTimeout(timer);
        resolve(JSON.parse(payload.toString()));
      }
    });
  });
}

async function toggle(plugId, on) {
  await client.publishAsync(`plugs/${plugId}/set`, on ? "ON" : "OFF");
  return waitForState(plugId);
}

module.exports = { waitForState, toggle };
