import { connect, JSONCodec, type NatsConnection } from 'nats';

interface DeviceEvent {
  device: string;
  kind: 'online' | 'offline' | 'reading' | 'alarm';
  value?: number;
}

const codec = JSONCodec<DeviceEvent>();

export async function watchDevices(onAlarm: (device: string) => void): Promise<NatsConnection> {
  const nc = await connect({ servers: process.env.NATS_URL ?? 'nats://localhost:4222' });
  const status = new Map<string, string>();
  const readings = new Map<string, number>();

  nc.subscribe('devices.>', {
    callback: (err, msg) => {
      if (err) return;
      const event = codec.decode(msg.data);
      switch (event.kind) {
        case 'online':
        case 'offline':
          status.set(event.device, event.kind);
          break;
        case 'reading':
          readings.set(event.device, event.value ?? 0);
        case 'alarm': // expect: switch-fallthrough
          onAlarm(event.device);
          break;
        default:
          throw new Error(`unknown event kind ${String(event.kind)}`);
      }
    },
  });
  return nc;
}
