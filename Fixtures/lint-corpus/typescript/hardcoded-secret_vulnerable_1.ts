import Stripe from 'stripe';
import { Octokit } from '@octokit/rest';

const stripe = new Stripe('sk_live_51HqLyjWDarjtT1zdp7dcXq2nB4kR8vPmZ0aYwE3sFgT6uJhK', { apiVersion: '2023-10-16' }); // expect: hardcoded-secret
const octokit = new Octokit({ auth: 'ghp_R7xK2mQ9vL4tN8wZ1cY6bH3jP0sD5fG2aE9u' }); // expect: hardcoded-secret

export async function charge(amount: number, source: string) {
  return stripe.charges.create({ amount, currency: 'usd', source });
}

export async function openIssue(title: string) {
  return octokit.issues.create({ owner: 'shop', repo: 'site', title });
}
