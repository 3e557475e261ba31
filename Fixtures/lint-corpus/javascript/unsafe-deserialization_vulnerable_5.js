// Board snapshots received over a socket and layouts imported as BSON with functions revived.
const v8 = require('v8');
const { deserialize } = require('bson');

module.exports = (io) => io.on('connection', (socket) => {
  socket.on('board:clipboard', (buffer, reply) => {
    const clip = v8.deserialize(buffer); // expect: unsafe-deserialization
    reply({ items: clip.items.length });
  });
});

app.post('/layouts', (req, res) => {
  res.json(deserialize(req.body, { evalFunctions: true })); // expect: unsafe-deserialization
});
