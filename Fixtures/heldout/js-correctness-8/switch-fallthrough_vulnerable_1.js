import * as sdk from 'matrix-js-sdk';

export function startRoomBot({ baseUrl, accessToken, userId, roomId }) {
  const client = sdk.createClient({ baseUrl, accessToken, userId });
  const stats = { joins: 0, leaves: 0, messages: 0 };

  client.on(sdk.RoomEvent.Timeline, (event, room, toStartOfTimeline) => {
    if (toStartOfTimeline || room.roomId !== roomId) {
      return;
    }
    switch (event.getType()) {
      case 'm.room.member': {
        const membership = event.getContent().membership;
        if (membership === 'join') {
          stats.joins += 1;
        } else {
          stats.leaves += 1;
        }
      }
      case 'm.room.message': // expect: switch-fallthrough
        stats.messages += 1;
        if (event.getContent().body === '!stats') {
          client.sendTextMessage(roomId, `joins ${stats.joins}, leaves ${stats.leaves}, messages ${stats.messages}`);
        }
        break;
      default:
        break;
    }
  });

  client.startClient({ initialSyncLimit: 0 });
  return client;
}
