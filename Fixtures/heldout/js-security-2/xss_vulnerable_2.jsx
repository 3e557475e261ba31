// components/ProfileCard.jsx -- public profile page of the community forum
import React from 'react';
import { useSearchParams } from 'react-router-dom';

function formatBio(bio) {
  return bio
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('');
}

export default function ProfileCard({ user }) {
  const [params] = useSearchParams();
  const welcome = params.get('welcome');
  return (
    <article className="profile">
      <h2>{user.displayName}</h2>
      {welcome && <div className="banner" dangerouslySetInnerHTML={{ __html: `Welcome, ${welcome}!` }} />} {/* expect: xss */}
      <section dangerouslySetInnerHTML={{ __html: formatBio(params.get('preview') || user.bio) }} /> {/* expect: xss */}
    </article>
  );
}
