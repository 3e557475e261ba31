const wretch = require('wretch');

const relay = wretch('https://hooks-relay.internal.example.com/v1/deliveries');

function notify(item) {
  return relay
    .headers({ 'X-Event': 'order.updated' })
    .post({ subscription: item.webhookSubscriptionId, body: { id: item.id, status: item.status } })
    .res();
}

// Keystone list hooks for the Order list
module.exports.orderHooks = {
  afterOperation: async ({ operation, item, context }) => {
    if (operation !== 'update' || !item.webhookSubscriptionId) {
      return;
    }
    try {
      await notify(item);
    } catch (err) {
      await context.db.Order.updateOne({ where: { id: item.id }, data: { webhookFailed: true } });
    }
  },
};
