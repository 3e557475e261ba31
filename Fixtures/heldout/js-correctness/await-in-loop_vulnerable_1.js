// profiles.js - load the profile of every classmate for the class page
export async function loadProfiles(ids) {
  const profiles = [];
  for (const id of ids) {
    const res = await fetch(`/api/users/${id}`); // expect: await-in-loop
    profiles.push(await res.json()); // expect: await-in-loop
  }
  return profiles;
}

export async function loadAvatars(profiles) {
  const avatars = {};
  for (let i = 0; i < profiles.length; i++) {
    const blob = await fetch(profiles[i].avatarUrl).then((r) => r.blob()); // expect: await-in-loop
    avatars[profiles[i].id] = URL.createObjectURL(blob);
  }
  return avatars;
}

export async function renderClassPage(ids) {
  const profiles = await loadProfiles(ids);
  const avatars = await loadAvatars(profiles);
  return profiles.map((p) => ({ ...p, avatar: avatars[p.id] }));
}
