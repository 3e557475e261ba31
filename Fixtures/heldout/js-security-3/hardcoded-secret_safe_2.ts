import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { S3Client } from '@aws-sdk/client-s3';
import twilio from 'twilio';

export const config = {
  region: process.env.AWS_REGION ?? 'eu-central-1',
  bucket: 'acme-invoices',
  passwordMinLength: 12,
  tokenHeader: 'X-Auth-Token',
  twilioSecretId: 'prod/twilio/auth-token',
};

export const s3 = new S3Client({ region: config.region });
const secrets = new SecretsManagerClient({ region: config.region });

export async function smsClient() {
  const out = await secrets.send(new GetSecretValueCommand({ SecretId: config.twilioSecretId }));
  return twilio(process.env.TWILIO_ACCOUNT_SID, out.SecretString);
}

export async function textCustomer(to: string, body: string) {
  const sms = await smsClient();
  return sms.messages.create({ from: process.env.TWILIO_FROM, to, body });
}
