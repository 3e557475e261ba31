// Supabase edge job: refresh avatar thumbnails for recently active users.
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_KEY!);

interface Profile {
  id: string;
  avatar_path: string;
}

async function thumbnail(path: string): Promise<Blob> {
  const { data, error } = await supabase.storage.from("avatars").download(path);
  if (error) throw error;
  return data;
}

export async function refreshThumbnails(profiles: Profile[]): Promise<number> {
  let done = 0;
  for (const profile of profiles) {
    const image = await thumbnail(profile.avatar_path);  // expect: await-in-loop
    if (image.size > 0) {
      await supabase.storage.from("thumbs").upload(`${profile.id}.webp`, image, { upsert: true });  // expect: await-in-loop
      done += 1;
    }
  }
  return done;
}
