'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { createSession, verifyCredentials } from '@/lib/auth';

const SESSION_COOKIE = {
  httpOnly: true,
  secure: true,
  sameSite: 'lax' as const,
  path: '/',
  maxAge: 60 * 60 * 24 * 14,
};

export async function signIn(formData: FormData) {
  const user = await verifyCredentials(String(formData.get('email') ?? ''), String(formData.get('password') ?? ''));
  if (!user) {
    return { error: 'Wrong e-mail or password' };
  }
  const session = await createSession(user.id);
  cookies().set('session', session.token, SESSION_COOKIE);
  redirect('/dashboard');
}

export async function rememberDevice(deviceId: string) {
  cookies().set({
    name: 'trusted_device',
    value: deviceId,
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    maxAge: 60 * 60 * 24 * 90,
  });
}
