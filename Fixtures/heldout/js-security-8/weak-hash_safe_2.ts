// Firebase callable functions that set and check a parent's PIN for the kids' app.
import { onCall, HttpsError } from 'firebase-functions/v2/https';
import { getFirestore } from 'firebase-admin/firestore';
import { initializeApp } from 'firebase-admin/app';
import { randomBytes, scryptSync, timingSafeEqual, createHash } from 'node:crypto';

initializeApp();
const db = getFirestore();

function pinDigest(pin: string, salt: Buffer): Buffer {
  return scryptSync(pin, salt, 32);
}

export function avatarColour(uid: string): string {
  return '#' + createHash('md5').update(uid).digest('hex').slice(0, 6);
}

export const setParentPin = onCall(async (request) => {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'sign in first');
  }
  const salt = randomBytes(16);
  const digest = pinDigest(String(request.data.pin ?? ''), salt);
  await db.doc(`parents/${request.auth.uid}`).set({ pinSalt: salt.toString('hex'), pinDigest: digest.toString('hex') }, { merge: true });
  return { ok: true };
});

export const checkParentPin = onCall(async (request) => {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'sign in first');
  }
  const snapshot = await db.doc(`parents/${request.auth.uid}`).get();
  const expected = Buffer.from(String(snapshot.get('pinDigest') ?? ''), 'hex');
  const actual = pinDigest(String(request.data.pin ?? ''), Buffer.from(String(snapshot.get('pinSalt') ?? ''), 'hex'));
  return { ok: expected.length === actual.length && timingSafeEqual(expected, actual) };
});
