import React, { useState } from 'react';

function generateTemporaryPassword(length = 12) {
  const pool = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%';
  return Array.from({ length }, () => pool.charAt(Math.floor(Math.random() * pool.length))).join(''); // expect: insecure-random
}

export default function InviteUserForm({ onInvite }) {
  const [email, setEmail] = useState('');
  const [initial, setInitial] = useState(generateTemporaryPassword);

  function submit(event) {
    event.preventDefault();
    const inviteId = `inv_${Math.random().toString(16).slice(2, 14)}`; // expect: insecure-random
    onInvite({ email, initialPassword: initial, inviteId });
    setInitial(generateTemporaryPassword());
    setEmail('');
  }

  return (
    <form onSubmit={submit}>
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <p>
        Initial password: <code>{initial}</code>
      </p>
      <button type="submit">Send invite</button>
    </form>
  );
}
