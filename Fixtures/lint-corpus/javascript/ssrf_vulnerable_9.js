// Webhook delivery of a job queue worker: each job names the subscriber's host.
async function deliver(job) {
  const { host, event } = job.data;
  const url = "https://" + host + "/hooks/" + event;
  return fetch(url, { method: "POST", body: JSON.stringify(job.data.payload) }); // expect: ssrf
}

module.exports = { deliver };
