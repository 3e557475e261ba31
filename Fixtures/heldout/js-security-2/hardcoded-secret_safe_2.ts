// notify.ts -- sends on-call alerts; credentials injected by the secret store
import twilio from 'twilio';

const TWILIO_AUTH_TOKEN_ENV = 'TWILIO_AUTH_TOKEN';
const SLACK_WEBHOOK_SECRET_NAME = 'oncall/slack-webhook-url';
const API_KEY_HEADER = 'x-api-key';

export interface Alert {
  service: string;
  severity: 'critical' | 'warning';
  summary: string;
}

export interface Secrets {
  get(name: string): Promise<string>;
}

export async function page(alert: Alert, onCall: string[], secrets: Secrets): Promise<void> {
  const sms = twilio(process.env.TWILIO_SID, process.env[TWILIO_AUTH_TOKEN_ENV]);
  const text = `[${alert.severity.toUpperCase()}] ${alert.service}: ${alert.summary}`;
  await Promise.all(onCall.map((to) => sms.messages.create({ from: '+15005550006', to, body: text })));
  const webhook = await secrets.get(SLACK_WEBHOOK_SECRET_NAME);
  await fetch(webhook, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [API_KEY_HEADER]: process.env.ALERT_API_KEY ?? '' },
    body: JSON.stringify({ text }),
  });
}
