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
        if (event.getContent().membership === 'join') {
          stats.joins += 1;
        } else {
          stats.leaves += 1;
        }
        break;
      }
      case 'm.sticker':
      case 'm.room.message':
        stats.messages += 1;
        // falls through
      case 'm.reaction':
        client.sendReadReceipt(event);
        break;
      default:
        break;
    }
  });

  client.startClient({ initialSyncLimit: 0 });
  return client;
}
