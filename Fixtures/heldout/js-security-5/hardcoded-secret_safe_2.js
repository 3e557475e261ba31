// Google Cloud Function that e-mails invoices; the API key is read from Secret Manager.
const functions = require('@google-cloud/functions-framework');
const { SecretManagerServiceClient } = require('@google-cloud/secret-manager');
const formData = require('form-data');
const Mailgun = require('mailgun.js');

const MAILGUN_KEY_SECRET = 'projects/billing-prod/secrets/mailgun-api-key/versions/latest';
const secrets = new SecretManagerServiceClient();
let mailgunClient;

async function mailgun() {
  if (!mailgunClient) {
    const [version] = await secrets.accessSecretVersion({ name: MAILGUN_KEY_SECRET });
    mailgunClient = new Mailgun(formData).client({ username: 'api', key: version.payload.data.toString('utf8') });
  }
  return mailgunClient;
}

functions.http('sendInvoice', async (req, res) => {
  const client = await mailgun();
  await client.messages.create('mg.example.com', {
    from: 'billing@example.com',
    to: process.env.BILLING_TEST_RECIPIENT,
    subject: 'Invoice test',
    text: 'This is a test invoice.',
  });
  res.status(204).end();
});
