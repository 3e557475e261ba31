import { createClient } from '@supabase/supabase-js';
import OpenAI from 'openai';

const SUPABASE_URL = 'https://qxlmrtbzupwkhfeocvna.supabase.co';
const SERVICE_ROLE_KEY = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzAwMDAwMDAwfQ.k3V9tQ2mZx7Lw1Rb8Yc4Ns0Pd6He5Jf2Ga9Ku3Tq1Xo'; // expect: hardcoded-secret

const supabase = createClient(SUPABASE_URL, SERVICE_ROLE_KEY);
const openai = new OpenAI({ apiKey: 'sk-proj-7hQ2vN9xK4mR1tW8bZ3cL6pY0sD5fG2jA9eU' }); // expect: hardcoded-secret

export async function summariseTickets(projectId: string): Promise<string> {
  const { data, error } = await supabase
    .from('tickets')
    .select('title, body')
    .eq('project_id', projectId)
    .limit(40);
  if (error) throw error;
  const text = (data ?? []).map((t) => `${t.title}: ${t.body}`).join('\n');
  const reply = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Summarise these support tickets:\n${text}` }],
  });
  return reply.choices[0]?.message?.content ?? '';
}
