// React Router (data router): "continue" page with a fixed set of destinations.
import { useNavigate, useSearchParams } from 'react-router-dom';

const DESTINATIONS = {
  billing: '/settings/billing',
  team: '/settings/team',
  home: '/',
};

export default function Continue() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const key = params.get('to') || 'home';
  const target = Object.prototype.hasOwnProperty.call(DESTINATIONS, key) ? DESTINATIONS[key] : '/';

  return (
    <main>
      <p>You are signed in.</p>
      <button type="button" onClick={() => navigate(target, { replace: true })}>
        Continue
      </button>
    </main>
  );
}
