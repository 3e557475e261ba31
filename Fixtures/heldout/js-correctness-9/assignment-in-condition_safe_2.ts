const decoder = new TextDecoder();

interface ScalePort {
  open(options: { baudRate: number }): Promise<void>;
  readable: ReadableStream<Uint8Array> | null;
}

export class ScaleReader {
  private buffer = '';
  private port: ScalePort | null = null;

  constructor(private onWeight: (grams: number) => void) {}

  async connect(): Promise<void> {
    this.port = (await navigator.serial.requestPort({ filters: [{ usbVendorId: 0x0403 }] })) as ScalePort;
    await this.port.open({ baudRate: 9600 });
    const sink = new WritableStream<Uint8Array>({ write: (value) => this.feed(decoder.decode(value, { stream: true })) });
    await this.port.readable!.pipeTo(sink);
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\r\n')) >= 0) {
      this.parse(this.buffer.slice(0, newline));
      this.buffer = this.buffer.slice(newline + 2);
    }
  }

  private parse(frame: string): void {
    const grams = Number.parseFloat(frame.replace(/[^0-9.-]/g, ''));
    if (Number.isFinite(grams) && grams !== 0) {
      this.onWeight(grams);
    }
  }
}
