// AdonisJS controller: support staff impersonation and preferences.
import type { HttpContext } from '@adonisjs/core/http';

export default class PreferencesController {
  async update({ request, session, response }: HttpContext) {
    const prefs = request.only(['locale', 'timezone', 'role']);
    session.put('preferences', prefs); // expect: trust-boundary
    return response.redirect().back();
  }

  async impersonate({ request, session, response }: HttpContext) {
    const target = request.header('x-impersonate-user');
    session.put('actingAs', target); // expect: trust-boundary
    return response.ok({ actingAs: target });
  }
}
