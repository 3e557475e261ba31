// components/ProfileCard.jsx -- bio rendered from sanitised markup
import React from 'react';
import DOMPurify from 'dompurify';
import { useSearchParams } from 'react-router-dom';

export default function ProfileCard({ user }) {
  const [params] = useSearchParams();
  const welcome = params.get('welcome');
  const bioHtml = DOMPurify.sanitize(user.bioHtml, { ALLOWED_TAGS: ['p', 'em', 'strong', 'a'] });
  return (
    <article className="profile">
      <h2>{user.displayName}</h2>
      {welcome && <div className="banner">Welcome, {welcome}!</div>}
      <section dangerouslySetInnerHTML={{ __html: bioHtml }} />
      <ul>
        {(user.links || []).map((link) => (
          <li key={link.id}>{link.label}</li>
        ))}
      </ul>
    </article>
  );
}
