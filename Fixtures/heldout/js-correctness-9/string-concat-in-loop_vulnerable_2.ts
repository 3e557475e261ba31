import { Command, Option } from 'clipanion';
import { readFile } from 'node:fs/promises';

interface Entry {
  date: string;
  project: string;
  hours: number;
}

export class TimesheetCommand extends Command {
  static paths = [['timesheet']];

  file = Option.String({ required: true });
  week = Option.String('--week', { required: false });

  async execute() {
    const entries: Entry[] = JSON.parse(await readFile(this.file, 'utf8'));
    const selected = this.week ? entries.filter((e) => e.date.startsWith(this.week as string)) : entries;
    const totals = new Map<string, number>();
    let body = '';
    selected.forEach((entry) => {
      totals.set(entry.project, (totals.get(entry.project) ?? 0) + entry.hours);
      body += `${entry.date}  ${entry.project.padEnd(16)} ${entry.hours.toFixed(2)}\n`; // expect: string-concat-in-loop
    });
    let summary = '';
    for (const [project, hours] of totals) {
      summary = summary + `${project.padEnd(28)} ${hours.toFixed(2)}\n`; // expect: string-concat-in-loop
    }
    this.context.stdout.write(`${body}\n${summary}`);
    return 0;
  }
}
