'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { createSession, verifyCredentials } from '@/lib/auth';

export async function signIn(formData: FormData) {
  const email = String(formData.get('email') ?? '');
  const password = String(formData.get('password') ?? '');
  const user = await verifyCredentials(email, password);
  if (!user) {
    return { error: 'Wrong e-mail or password' };
  }
  const session = await createSession(user.id);
  cookies().set('session', session.token, { path: '/', maxAge: 60 * 60 * 24 * 14 }); // expect: insecure-cookie
  redirect('/dashboard');
}

export async function rememberDevice(deviceId: string) {
  cookies().set({ // expect: insecure-cookie
    name: 'trusted_device',
    value: deviceId,
    httpOnly: false,
    secure: false,
    maxAge: 60 * 60 * 24 * 90,
  });
}
