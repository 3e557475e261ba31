// AdonisJS controller: sign-in auditing.
import type { HttpContext } from '@adonisjs/core/http';
import logger from '@adonisjs/core/services/logger';
import User from '#models/user';

function attempt(email: string, origin: string) {
  return 'sign-in failed for '.concat(email, ' via ', origin);
}

export default class SessionsController {
  async store({ request, auth, response }: HttpContext) {
    const email = request.input('email');
    const password = request.input('password');
    try {
      const user = await User.verifyCredentials(email, password);
      await auth.use('web').login(user);
      logger.info(`user ${email} signed in from ${request.header('x-forwarded-for')}`); // expect: log-injection
      return response.redirect('/dashboard');
    } catch {
      logger.warn(attempt(email, request.header('origin', 'unknown')!)); // expect: log-injection
      return response.unauthorized({ error: 'invalid credentials' });
    }
  }
}
