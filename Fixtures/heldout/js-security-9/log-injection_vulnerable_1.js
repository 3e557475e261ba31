const mqtt = require('mqtt');
const signale = require('signale');

const client = mqtt.connect('mqtts://broker.fleet.example:8883', {
  username: process.env.MQTT_USER,
  password: process.env.MQTT_PASSWORD,
});

function describe(topic, report) {
  return 'vehicle ' + topic.split('/')[1] + ' reported ' + report.code + ': ' + report.message;
}

client.on('connect', () => client.subscribe('fleet/+/faults'));

client.on('message', (topic, payload) => {
  const report = JSON.parse(payload.toString());
  if (report.severity === 'critical') {
    signale.fatal(describe(topic, report)); // expect: log-injection
    return;
  }
  signale.warn(`fault ${report.code} from driver note: ${report.driverNote}`); // expect: log-injection
});
