import { useState } from 'react';
import { Button } from './Button';
import type { User } from './types';
import './FollowButton.css';

export function FollowButton({ user }: { user: User }) {
  const [following, setFollowing] = useState(false);
  return <Button onClick={() => setFollowing(!following)}>{following ? 'Unfollow' : 'Follow'} {user.name}</Button>;
}
