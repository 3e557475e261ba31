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
    const body: string[] = [];
    let totalHours = 0;
    selected.forEach((entry) => {
      totals.set(entry.project, (totals.get(entry.project) ?? 0) + entry.hours);
      totalHours += entry.hours;
      body.push(`${entry.date}  ${entry.project.padEnd(16)} ${entry.hours.toFixed(2)}`);
    });
    const summary = [...totals].map(([project, hours]) => `${project.padEnd(28)} ${hours.toFixed(2)}`);
    let footer = 'total';
    footer += ` ${totalHours.toFixed(2)}`;
    this.context.stdout.write(`${body.join('\n')}\n\n${summary.join('\n')}\n${footer}\n`);
    return 0;
  }
}
