// NATS.js worker that restores saved dashboard layouts shared between users.
const { connect, StringCodec } = require('nats');
const { BSON } = require('bson');
const { saveLayout } = require('./layouts');

const sc = StringCodec();
const MAX_LAYOUT_BYTES = 256 * 1024;

function layoutBytes(request) {
  const bytes = Buffer.from(String(request.layout || ''), 'base64');
  if (bytes.length === 0 || bytes.length > MAX_LAYOUT_BYTES) {
    throw new Error('layout size out of range');
  }
  return bytes;
}

(async () => {
  const nc = await connect({ servers: process.env.NATS_URL });
  for await (const msg of nc.subscribe('layouts.import')) {
    const request = JSON.parse(sc.decode(msg.data));
    let bytes;
    try {
      bytes = layoutBytes(request);
    } catch (err) {
      msg.respond(sc.encode(err.message));
      continue;
    }
    const layout = BSON.deserialize(bytes, { promoteValues: true });
    await saveLayout(request.owner, layout);
    msg.respond(sc.encode('ok'));
  }
})();
