// Azure Functions (v4 model): staff badge login for the kiosk app.
const { app } = require('@azure/functions');
const { checkBadge, openShift } = require('./shifts');

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
      cookies: [
        { name: 'shift_token', value: shift.token, path: '/', secure: false, httpOnly: true }, // expect: insecure-cookie
        { name: 'kiosk_staff', value: String(staff.id), maxAge: 43200 }, // expect: insecure-cookie
      ],
    };
  },
});
