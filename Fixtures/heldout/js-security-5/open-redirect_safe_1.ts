// AdonisJS sessions controller: follows only local paths after login.
import type { HttpContext } from '@adonisjs/core/http';
import User from '#models/user';

function localPath(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
    return '/dashboard';
  }
  const url = new URL(target, 'http://placeholder.invalid');
  return url.origin === 'http://placeholder.invalid' ? url.pathname + url.search : '/dashboard';
}

export default class SessionsController {
  async store({ request, auth, response }: HttpContext) {
    const user = await User.verifyCredentials(request.input('email'), request.input('password'));
    await auth.use('web').login(user);
    return response.redirect().toPath(localPath(request.input('next')));
  }
}
