// notify.ts -- sends on-call alerts via Twilio SMS and Slack
import twilio from 'twilio';

const TWILIO_SID = process.env.TWILIO_SID as string;
const TWILIO_AUTH_TOKEN = '9d4e1a7c3b8f2e6d0a5c9b1e7f3d2a8c'; // expect: hardcoded-secret
const SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/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'; // expect: hardcoded-secret

const sms = twilio(TWILIO_SID, TWILIO_AUTH_TOKEN);

export interface Alert {
  service: string;
  severity: 'critical' | 'warning';
  summary: string;
}

export async function page(alert: Alert, onCall: string[]): Promise<void> {
  const text = `[${alert.severity.toUpperCase()}] ${alert.service}: ${alert.summary}`;
  await Promise.all(onCall.map((to) => sms.messages.create({ from: '+15005550006', to, body: text })));
  await fetch(SLACK_WEBHOOK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}
