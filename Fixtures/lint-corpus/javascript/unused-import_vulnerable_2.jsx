import { useEffect, useState } from 'react'; // expect: unused-import
import axios from 'axios'; // expect: unused-import
import Avatar from './Avatar';

export default function Profile({ user }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="profile" onClick={() => setOpen(!open)}>
      <Avatar src={user.avatarUrl} />
      {open && <p>{user.bio}</p>}
    </div>
  );
}
