// Supabase edge job: refresh avatar thumbnails for recently active users.
import { createClient } from "@supabase/supabase-js";
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_KEY!);

interface Profile {
  id: string;
  avatar_path: string;
}

async function refreshOne(profile: Profile): Promise<boolean> {
  const { data, error } = await supabase.storage.from("avatars").download(profile.avatar_path);
  if (error || data.size === 0) return false;
  await supabase.storage.from("thumbs").upload(`${profile.id}.webp`, data, { upsert: true });
  return true;
}

export async function refreshThumbnails(profiles: Profile[]): Promise<number> {
  const results = await Promise.all(profiles.map((profile) => refreshOne(profile)));
  return results.filter(Boolean).length;
}

export async function idsFromFile(path: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (line.trim()) ids.push(line.trim());
  }
  return ids;
}
