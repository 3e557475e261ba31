// Supabase Edge Function: imports a profile picture from one of the supported photo services.
import { createClient } from 'npm:@supabase/supabase-js@2';

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);
const IMAGE_HOSTS = new Set(['images.unsplash.com', 'lh3.googleusercontent.com', 'avatars.githubusercontent.com']);

interface ImportRequest {
  memberId: string;
  imageUrl: string;
}

function checkedUrl(raw: string): URL {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname) || url.port || url.username) {
    throw new Error('unsupported image host');
  }
  return url;
}

async function download(request: ImportRequest): Promise<Blob> {
  const response = await fetch(checkedUrl(request.imageUrl), { redirect: 'error' });
  if (!response.ok) {
    throw new Error(`download failed: ${response.status}`);
  }
  return response.blob();
}

Deno.serve(async (req: Request) => {
  const body = (await req.json()) as ImportRequest;
  const image = await download(body);
  const { error } = await supabase.storage.from('avatars').upload(`${body.memberId}.png`, image, { upsert: true });
  return Response.json({ ok: !error });
});
