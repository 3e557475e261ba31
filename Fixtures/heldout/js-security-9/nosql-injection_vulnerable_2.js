const mongojs = require('mongojs');
const mqtt = require('mqtt');

const db = mongojs(process.env.MONGO_URL || 'telemetry', ['events']);
const client = mqtt.connect('mqtt://broker.lab.local');

function windowClause(request) {
  return 'this.sensor == "' + request.sensor + '" && this.value > ' + request.above;
}

client.on('connect', () => client.subscribe('lab/queries'));

client.on('message', (topic, payload) => {
  const request = JSON.parse(payload.toString());
  db.events.find({ $where: windowClause(request) }).limit(100, (err, docs) => { // expect: nosql-injection
    if (err) return;
    client.publish(request.replyTo, JSON.stringify(docs.map((d) => d.value)));
  });
});
