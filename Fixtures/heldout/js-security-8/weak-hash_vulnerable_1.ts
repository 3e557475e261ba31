// Firebase callable functions that set and check a parent's PIN for the kids' app.
import { onCall, HttpsError } from 'firebase-functions/v2/https';
import { getFirestore } from 'firebase-admin/firestore';
import { initializeApp } from 'firebase-admin/app';
import { createHash } from 'node:crypto';

initializeApp();
const db = getFirestore();

function pinDigest(uid: string, pin: string): string {
  return createHash('md5').update(`${uid}:${pin}`).digest('hex'); // expect: weak-hash
}

export const setParentPin = onCall(async (request) => {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'sign in first');
  }
  const pin = String(request.data.pin ?? '');
  await db.doc(`parents/${request.auth.uid}`).set({ pinDigest: pinDigest(request.auth.uid, pin) }, { merge: true });
  return { ok: true };
});

export const checkParentPin = onCall(async (request) => {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'sign in first');
  }
  const snapshot = await db.doc(`parents/${request.auth.uid}`).get();
  return { ok: snapshot.get('pinDigest') === pinDigest(request.auth.uid, String(request.data.pin ?? '')) };
});
