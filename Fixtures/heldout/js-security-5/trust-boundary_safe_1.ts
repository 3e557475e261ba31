// AdonisJS controller: the session stores values looked up and checked on the server.
import type { HttpContext } from '@adonisjs/core/http';
import User from '#models/user';

const LOCALES = new Set(['en', 'de', 'fr']);

export default class PreferencesController {
  async update({ request, session, response }: HttpContext) {
    const locale = request.input('locale');
    session.put('locale', LOCALES.has(locale) ? locale : 'en');
    session.put('preferencesSavedAt', Date.now());
    return response.redirect().back();
  }

  async impersonate({ auth, params, session, response }: HttpContext) {
    const staff = auth.getUserOrFail();
    if (!staff.isSupport) {
      return response.forbidden();
    }
    const target = await User.findOrFail(Number(params.id));
    session.put('actingAs', target.id);
    return response.ok({ actingAs: target.id });
  }
}
