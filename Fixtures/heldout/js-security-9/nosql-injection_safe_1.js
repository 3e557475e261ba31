const mongojs = require('mongojs');
const mqtt = require('mqtt');

const db = mongojs(process.env.MONGO_URL || 'telemetry', ['events']);
const client = mqtt.connect('mqtt://broker.lab.local');
const REPLY = /^lab\/replies\/[a-z0-9-]+$/;

client.on('connect', () => client.subscribe('lab/queries'));

client.on('message', (topic, payload) => {
  const request = JSON.parse(payload.toString());
  const above = Number(request.above);
  if (typeof request.sensor !== 'string' || Number.isNaN(above) || !REPLY.test(String(request.replyTo))) {
    return;
  }
  db.events.find({ sensor: { $eq: request.sensor }, value: { $gt: above } }).limit(100, (err, docs) => {
    if (err) return;
    client.publish(request.replyTo, JSON.stringify(docs.map((d) => d.value)));
  });
});
