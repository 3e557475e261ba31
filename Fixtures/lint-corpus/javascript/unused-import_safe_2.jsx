import { useState } from 'react';
import Avatar from './Avatar';
import * as Icons from './icons';

export default function Profile({ user }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="profile" onClick={() => setOpen(!open)}>
      <Avatar src={user.avatarUrl} />
      <Icons.Chevron direction={open ? 'up' : 'down'} />
      {open && <p>{user.bio}</p>}
    </div>
  );
}
