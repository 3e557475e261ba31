// node-red node: forward sensor messages to an HTTP collector.
module.exports = function register(RED) {
  function CollectorNode(config) {
    RED.nodes.createNode(this, config);
    const node = this;

    async function forward(msg) {
      node.status({ fill: "blue", shape: "dot", text: "sending" });
      let status = 0;
      try {
        const response = await fetch(config.url, { method: "POST", body: JSON.stringify(msg.payload) });
        if (!response.ok) throw new Error(`collector answered ${response.status}`);
        status = response.status;
      } finally {
        node.status({});
      }
      return status;
    }

    node.on("input", (msg, send, done) => {
      forward(msg).then((status) => {
        send({ ...msg, statusCode: status });
        done();
      }, done);
    });
  }

  RED.nodes.registerType("collector-out", CollectorNode);
};
