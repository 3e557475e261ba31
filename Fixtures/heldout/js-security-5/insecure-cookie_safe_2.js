// Azure Functions (v4 model): kiosk login cookies with Secure, HttpOnly and SameSite.
const { app } = require('@azure/functions');
const { checkBadge, openShift } = require('./shifts');

function hardened(name, value, maxAge) {
  return { name, value, maxAge, path: '/', secure: true, httpOnly: true, sameSite: 'Strict' };
}

app.http('badgeLogin', {
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: async (request) => {
    const { badge, pin } = await request.json();
    const staff = await checkBadge(badge, pin);
    if (!staff) {
      return { status: 401 };
    }
    const shift = await openShift(staff.id);
    return {
      status: 200,
      jsonBody: { name: staff.name },
      cookies: [hardened('shift_token', shift.token, 43200), hardened('kiosk_staff', String(staff.id), 43200)],
    };
  },
});
