// NATS request handler answering timetable questions from the station displays.
import { connect, JSONCodec } from 'nats';
import { readFileSync } from 'node:fs';
import SaxonJS from 'saxon-js';

interface DepartureQuery {
  station: string;
  line?: string;
}

const timetable = SaxonJS.getResource({ text: readFileSync('data/timetable.xml', 'utf8'), type: 'xml', sync: true });
const codec = JSONCodec<DepartureQuery>();

function departures(query: DepartureQuery): string[] {
  const expression = "//departure[@station=$station and ($line = '' or @line=$line)]/@time/string()";
  return SaxonJS.XPath.evaluate(expression, timetable, {
    resultForm: 'array',
    params: { station: String(query.station), line: String(query.line ?? '') },
  }) as string[];
}

async function main(): Promise<void> {
  const nc = await connect({ servers: process.env.NATS_URL });
  for await (const message of nc.subscribe('timetable.departures')) {
    message.respond(new TextEncoder().encode(JSON.stringify(departures(codec.decode(message.data)))));
  }
}

main();
