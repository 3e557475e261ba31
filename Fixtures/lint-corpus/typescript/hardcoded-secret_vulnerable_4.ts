import { WebClient } from '@slack/web-api';
import { S3Client } from '@aws-sdk/client-s3';

const slack = new WebClient('xoxb-23667127684-2684656321223-QoaF1LlqsajAIxNKu8iS2G8N'); // expect: hardcoded-secret

export const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    accessKeyId: 'AKIAN2KHVDGAJ8GXBENY', // expect: hardcoded-secret
    secretAccessKey: 'tGSU8po/799NksnRH9ucAUsdMlHUvTCQCyEZDz+T', // expect: hardcoded-secret
  },
});

export async function notify(text: string) {
  await slack.chat.postMessage({ channel: '#deploys', text });
}
