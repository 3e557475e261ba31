import { S3Client } from '@aws-sdk/client-s3';
import twilio from 'twilio';

export const config = {
  region: 'eu-central-1',
  bucket: 'acme-invoices',
  aws: {
    accessKeyId: 'AKIAQ3EGT7YRWX4NPL2M', // expect: hardcoded-secret
    secretAccessKey: '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', // expect: hardcoded-secret
  },
  sms: {
    accountSid: process.env.TWILIO_ACCOUNT_SID ?? '',
    from: '+15005550006',
  },
};

export const s3 = new S3Client({ region: config.region, credentials: config.aws });

const TWILIO_AUTH_TOKEN = '9e4b7c2a1f8d3e6b5a0c7d9e2f1b4a38'; // expect: hardcoded-secret
export const sms = twilio(config.sms.accountSid, TWILIO_AUTH_TOKEN);

export async function textCustomer(to: string, body: string) {
  return sms.messages.create({ from: config.sms.from, to, body });
}
