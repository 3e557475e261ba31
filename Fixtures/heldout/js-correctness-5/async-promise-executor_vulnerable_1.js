// MQTT.js helper for a smart-plug fleet: wait for a plug to report its state.
const mqtt = require("mqtt");

const client = mqtt.connect(process.env.MQTT_URL || "mqtt://broker.local");

function waitForState(plugId, timeoutMs = 5000) {
  return new Promise(async (resolve, reject) => {  // expect: async-promise-executor
    const topic = `plugs/${plugId}/state`;
    await client.subscribeAsync(topic);
    const timer = setTimeout(() => reject(new Error(`no state from ${plugId}`)), timeoutMs);
    client.on("message", (incoming, payload) => {
      if (incoming === topic) {
        clearTimeout(timer);
        resolve(JSON.parse(payload.toString()));
      }
    });
  });
}

const toggle = (plugId, on) =>
  new Promise(async function (resolve) {  // expect: async-promise-executor
    await client.publishAsync(`plugs/${plugId}/set`, on ? "ON" : "OFF");
    resolve(waitForState(plugId));
  });

module.exports = { waitForState, toggle };
