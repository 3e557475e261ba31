// React page shown after sign-in: returns to a page of this app only.
import React, { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

function localPath(value) {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/dashboard';
  }
  return value;
}

export default function SignedIn() {
  const location = useLocation();
  const navigate = useNavigate();
  const next = localPath(new URLSearchParams(location.search).get('next'));

  useEffect(() => {
    const timer = setTimeout(() => navigate(next, { replace: true }), 800);
    return () => clearTimeout(timer);
  }, [next, navigate]);

  return (
    <main className="signed-in">
      <h1>Welcome back</h1>
      <p>Taking you to {next}</p>
    </main>
  );
}
