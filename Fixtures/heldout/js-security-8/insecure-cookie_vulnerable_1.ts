// Firebase HTTPS function behind Hosting: signs a shopper in and keeps the session cookie.
import { onRequest } from 'firebase-functions/v2/https';
import { getAuth } from 'firebase-admin/auth';
import { initializeApp } from 'firebase-admin/app';

initializeApp();
const FIVE_DAYS = 5 * 24 * 60 * 60 * 1000;

export const sessionLogin = onRequest(async (req, res) => {
  const idToken = String(req.body.idToken ?? '');
  try {
    const sessionCookie = await getAuth().createSessionCookie(idToken, { expiresIn: FIVE_DAYS });
    res.cookie('__session', sessionCookie, { maxAge: FIVE_DAYS }); // expect: insecure-cookie
    res.json({ status: 'ok' });
  } catch (err) {
    res.status(401).send('unauthorised');
  }
});

export const rememberStore = onRequest((req, res) => {
  const store = String(req.query.store ?? '');
  res.cookie('preferred_store', store, { httpOnly: false, secure: false, sameSite: 'none' }); // expect: insecure-cookie
  res.redirect(303, '/stores');
});
