import { useCallback, useState } from 'react'; // expect: unused-import
import { Button } from './Button';
import { Spinner } from './Spinner'; // expect: unused-import
import type { User } from './types';

export function FollowButton({ user }: { user: User }) {
  const [following, setFollowing] = useState(false);
  return <Button onClick={() => setFollowing(!following)}>{following ? 'Unfollow' : 'Follow'} {user.name}</Button>;
}
