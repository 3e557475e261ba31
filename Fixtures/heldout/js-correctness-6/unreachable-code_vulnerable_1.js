'use strict';

const Agenda = require('agenda');
const { sendDigest, loadSubscribers } = require('./digest');

const agenda = new Agenda({ db: { address: process.env.MONGO_URL, collection: 'jobs' } });

agenda.define('weekly digest', { concurrency: 1 }, async (job) => {
  const { segment } = job.attrs.data;
  const subscribers = await loadSubscribers(segment);
  if (subscribers.length === 0) {
    job.attrs.data.lastRun = { segment, sent: 0 };
    return;
    await job.save(); // expect: unreachable-code
  }
  const sent = await sendDigest(subscribers);
  job.attrs.data.lastRun = { segment, sent, at: new Date() };
});

agenda.define('cleanup digests', async (job) => {
  const days = Number(job.attrs.data.days);
  if (!Number.isInteger(days) || days < 1) {
    throw new Error('cleanup needs a positive number of days');
    job.fail('bad configuration'); // expect: unreachable-code
  }
  await agenda.cancel({ name: 'weekly digest', lastFinishedAt: { $lt: new Date(Date.now() - days * 86400000) } });
});

module.exports = agenda;
