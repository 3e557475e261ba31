const wretch = require('wretch');

function notify(item) {
  return wretch(item.webhookUrl) // expect: ssrf
    .headers({ 'X-Event': 'order.updated' })
    .post({ id: item.id, status: item.status })
    .res();
}

// Keystone list hooks for the Order list
module.exports.orderHooks = {
  afterOperation: async ({ operation, item, context }) => {
    if (operation !== 'update' || !item.webhookUrl) {
      return;
    }
    try {
      await notify(item);
    } catch (err) {
      await context.db.Order.updateOne({ where: { id: item.id }, data: { webhookFailed: true } });
    }
  },
};
