import * as Ably from 'ably';

type Presence = 'online' | 'away' | 'offline';

export function trackCourier(apiKey: string, courierId: string, onChange: (state: Presence, note: string) => void) {
  const realtime = new Ably.Realtime({ key: apiKey, clientId: 'dispatch-board' });
  const channel = realtime.channels.get(`couriers:${courierId}`);

  channel.subscribe((message: Ably.Message) => {
    switch (message.name) {
      case 'shift-start':
        onChange('online', 'started shift');
      case 'break': // expect: switch-fallthrough
        onChange('away', `on break until ${message.data?.until ?? '?'}`);
        break;
      case 'shift-end':
        onChange('offline', 'ended shift');
        break;
      case 'ping':
        if (message.data?.lowBattery) {
          onChange('away', 'battery low');
          break;
        }
      default: // expect: switch-fallthrough
        onChange('online', message.name);
    }
  });

  return () => realtime.close();
}
