// Board snapshots received over a socket as JSON and layouts imported as plain BSON.
const BSON = require('bson');

module.exports = (io) => io.on('connection', (socket) => {
  socket.on('board:clipboard', (text, reply) => {
    const clip = JSON.parse(text);
    reply({ items: Array.isArray(clip.items) ? clip.items.length : 0 });
  });
});

app.post('/layouts', (req, res) => {
  res.json(BSON.deserialize(req.body, { promoteLongs: true }));
});
