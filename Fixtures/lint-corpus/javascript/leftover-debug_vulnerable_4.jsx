import { useEffect, useState } from 'react';

export function Profile({ id }) {
  const [user, setUser] = useState(null);
  useEffect(() => {
    fetch(`/api/users/${id}`)
      .then((response) => response.json())
      .then((data) => {
        console.log(data); // expect: leftover-debug
        setUser(data);
      });
  }, [id]);
  if (!user) {
    debugger; // expect: leftover-debug
    return null;
  }
  return <h2>{user.name}</h2>;
}
