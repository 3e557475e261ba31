// DynamoDB (lib-dynamodb) resolver: a playlist's tracks fetched with one BatchGet.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.MUSIC_TABLE ?? 'music';

interface PlaylistItem {
  trackId: string;
  position: number;
}

export async function playlistWithTracks(playlistId: string) {
  const { Items = [] } = await doc.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :item)',
      ExpressionAttributeValues: { ':pk': `PLAYLIST#${playlistId}`, ':item': 'ITEM#' },
    })
  );
  const items = (Items as PlaylistItem[]).slice(0, 100);
  const keys = items.map((item) => ({ pk: `TRACK#${item.trackId}`, sk: 'META' }));
  const batch = await doc.send(new BatchGetCommand({ RequestItems: { [TABLE]: { Keys: keys } } }));
  const byPk = new Map((batch.Responses?.[TABLE] ?? []).map((track) => [track.pk as string, track]));
  return items.map((item) => ({ position: item.position, track: byPk.get(`TRACK#${item.trackId}`) }));
}
