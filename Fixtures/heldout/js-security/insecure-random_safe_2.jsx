import React, { useState } from 'react';

function generateTemporaryPassword(length = 12) {
  const pool = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%';
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => pool.charAt(v % pool.length)).join('');
}

const AVATAR_COLOURS = ['#e57373', '#64b5f6', '#81c784', '#ffb74d'];

export default function InviteUserForm({ onInvite }) {
  const [email, setEmail] = useState('');
  const [initial, setInitial] = useState(generateTemporaryPassword);
  const [colour] = useState(() => AVATAR_COLOURS[Math.floor(Math.random() * AVATAR_COLOURS.length)]);

  function submit(event) {
    event.preventDefault();
    onInvite({ email, initialPassword: initial, inviteId: crypto.randomUUID() });
    setInitial(generateTemporaryPassword());
    setEmail('');
  }

  return (
    <form onSubmit={submit} style={{ borderColor: colour }}>
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
