// AdonisJS controller: sign-in auditing with structured fields and ids.
import type { HttpContext } from '@adonisjs/core/http';
import logger from '@adonisjs/core/services/logger';
import User from '#models/user';

export default class SessionsController {
  async store({ request, auth, response }: HttpContext) {
    const email = String(request.input('email', ''));
    try {
      const user = await User.verifyCredentials(email, request.input('password'));
      await auth.use('web').login(user);
      logger.info({ userId: user.id }, 'user signed in');
      return response.redirect('/dashboard');
    } catch {
      logger.warn({ emailLength: email.length, quoted: JSON.stringify(email) }, 'sign-in failed');
      return response.unauthorized({ error: 'invalid credentials' });
    }
  }
}
