import { createClient } from '@supabase/supabase-js';
import OpenAI from 'openai';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const SERVICE_ROLE_KEY_NAME = 'SUPABASE_SERVICE_ROLE_KEY';
const supabase = createClient(required('SUPABASE_URL'), required(SERVICE_ROLE_KEY_NAME));
const openai = new OpenAI({ apiKey: required('OPENAI_API_KEY') });

export async function summariseTickets(projectId: string): Promise<string> {
  const { data, error } = await supabase.from('tickets').select('title, body').eq('project_id', projectId).limit(40);
  if (error) throw error;
  const text = (data ?? []).map((t) => `${t.title}: ${t.body}`).join('\n');
  const reply = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Summarise these support tickets:\n${text}` }],
  });
  return reply.choices[0]?.message?.content ?? '';
}
