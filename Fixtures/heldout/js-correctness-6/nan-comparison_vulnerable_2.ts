import * as Tone from 'tone';

export interface Step {
  note: string;
  velocity: string;
}

export function toEvents(steps: Step[], bpm: number): { time: number; note: string; velocity: number }[] {
  const beat = 60 / bpm;
  return steps.flatMap((step, i) => {
    const velocity = Number(step.velocity);
    const midi = Tone.Frequency(step.note).toMidi();
    if (midi === NaN || velocity < 0) { // expect: nan-comparison
      return [];
    }
    return [{ time: i * beat, note: step.note, velocity: Math.min(1, Math.max(0, velocity)) }];
  });
}

export async function playPattern(steps: Step[], bpm: number): Promise<void> {
  await Tone.start();
  const synth = new Tone.PolySynth(Tone.Synth).toDestination();
  const events = toEvents(steps, bpm);
  const part = new Tone.Part((time, ev) => {
    if (NaN !== ev.velocity) { // expect: nan-comparison
      synth.triggerAttackRelease(ev.note, '8n', time, ev.velocity);
    }
  }, events);
  part.start(0);
  Tone.getTransport().bpm.value = bpm;
  Tone.getTransport().start();
}
