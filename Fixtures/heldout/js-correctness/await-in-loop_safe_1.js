// profiles.js (fixed) - independent requests run together with Promise.all
export async function loadProfiles(ids) {
  return Promise.all(
    ids.map(async (id) => {
      const res = await fetch(`/api/users/${id}`);
      return res.json();
    }),
  );
}

export async function loadAvatars(profiles) {
  const entries = await Promise.all(
    profiles.map(async (p) => {
      const blob = await fetch(p.avatarUrl).then((r) => r.blob());
      return [p.id, URL.createObjectURL(blob)];
    }),
  );
  return Object.fromEntries(entries);
}

export async function renderClassPage(ids) {
  const profiles = await loadProfiles(ids);
  const avatars = await loadAvatars(profiles);
  return profiles.map((p) => ({ ...p, avatar: avatars[p.id] }));
}
