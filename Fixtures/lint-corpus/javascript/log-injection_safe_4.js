// A queue's job handler logs the job it runs: the queued values are not remote input, so this is
// not log injection (CodeQL's threat model counts requests and network messages only).
const Queue = require('bull');
const logger = require('./logger');

const mail = new Queue('mail');

mail.process('welcome', async (job) => {
  logger.info(`sending welcome mail to ${job.data.email}`);
});

mail.process(async (job) => {
  logger.info('mail job ' + job.data.template);
});
