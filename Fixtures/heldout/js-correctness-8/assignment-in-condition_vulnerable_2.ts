import { SerialPort } from 'serialport';

const FRAME = /\$(GP[A-Z]{3}),([^*]*)\*([0-9A-F]{2})\r\n/g;

export class NmeaReader {
  private buffer = '';
  private readonly port: SerialPort;

  constructor(path: string, private readonly onFix: (sentence: string, fields: string[]) => void) {
    this.port = new SerialPort({ path, baudRate: 9600 });
    this.port.on('data', (chunk: Buffer) => this.feed(chunk.toString('ascii')));
  }

  private feed(text: string): void {
    this.buffer += text;
    let match: RegExpExecArray | null;
    let consumed = 0;
    while (match = FRAME.exec(this.buffer)) { // expect: assignment-in-condition
      this.onFix(match[1], match[2].split(','));
      consumed = FRAME.lastIndex;
    }
    this.buffer = this.buffer.slice(consumed);
    FRAME.lastIndex = 0;
  }

  close(): void {
    this.port.close();
  }
}
