// Supabase Edge Function: imports a profile picture from a URL the member pasted.
import { createClient } from 'npm:@supabase/supabase-js@2';

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);

interface ImportRequest {
  memberId: string;
  imageUrl: string;
}

async function download(request: ImportRequest): Promise<Blob> {
  const response = await fetch(request.imageUrl, { redirect: 'follow' }); // expect: ssrf
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
