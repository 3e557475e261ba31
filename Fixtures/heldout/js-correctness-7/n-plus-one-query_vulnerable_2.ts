// DynamoDB (lib-dynamodb) resolver: a playlist with the details of each track.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';

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
  const items = Items as PlaylistItem[];
  return Promise.all(
    items.map(async (item) => {
      const track = await doc.send(new GetCommand({ TableName: TABLE, Key: { pk: `TRACK#${item.trackId}`, sk: 'META' } })); // expect: n-plus-one-query
      return { position: item.position, track: track.Item };
    })
  );
}
