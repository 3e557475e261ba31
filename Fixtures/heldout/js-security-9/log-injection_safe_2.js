const mqtt = require('mqtt');
const signale = require('signale');

const client = mqtt.connect('mqtts://broker.fleet.example:8883', {
  username: process.env.MQTT_USER,
  password: process.env.MQTT_PASSWORD,
});
const VEHICLE = /^[A-Z0-9-]{3,12}$/;

client.on('connect', () => client.subscribe('fleet/+/faults'));

client.on('message', (topic, payload) => {
  const report = JSON.parse(payload.toString());
  const vehicle = topic.split('/')[1];
  const code = Number.parseInt(report.code, 10);
  if (!VEHICLE.test(vehicle) || Number.isNaN(code)) {
    signale.warn('dropped a malformed fault report');
    return;
  }
  signale.warn(`vehicle ${vehicle} reported fault ${code}, note ${JSON.stringify(String(report.driverNote))}`);
});
