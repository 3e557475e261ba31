import { useState } from 'react';

export function ResetPassword() {
  const [pin] = useState(() => String(Math.floor(100000 + Math.random() * 900000))); // expect: insecure-random

  return (
    <form method="post" action="/reset">
      <input type="hidden" name="pin" value={pin} />
      <button type="submit">Send reset code</button>
    </form>
  );
}
