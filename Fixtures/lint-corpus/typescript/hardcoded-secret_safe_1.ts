import Stripe from 'stripe';
import { Octokit } from '@octokit/rest';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2023-10-16' });
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export const PASSWORD_MIN_LENGTH = 12;
export const TOKEN_COOKIE = 'session_token';

export async function charge(amount: number, source: string) {
  return stripe.charges.create({ amount, currency: 'usd', source });
}

export async function openIssue(title: string) {
  return octokit.issues.create({ owner: 'shop', repo: 'site', title });
}
