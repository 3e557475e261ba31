import type * as Party from 'partykit/server';

type Vote = { type: 'vote'; option: string } | { type: 'reset' };

export default class PollServer implements Party.Server {
  votes = new Map<string, string>();

  constructor(readonly room: Party.Room) {}

  tally(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const option of this.votes.values()) {
      counts[option] = (counts[option] ?? 0) + 1;
    }
    return counts;
  }

  onConnect(conn: Party.Connection) {
    conn.send(JSON.stringify({ type: 'tally', counts: this.tally() }));
  }

  onMessage(message: string, sender: Party.Connection) {
    const vote = JSON.parse(message) as Vote;
    if (vote.type === 'reset') {
      if (sender.id !== this.room.id) {
        sender.send(JSON.stringify({ type: 'error', message: 'only the host can reset' }));
        return;
      }
      this.votes.clear();
    } else {
      this.votes.set(sender.id, vote.option);
    }
    this.room.broadcast(JSON.stringify({ type: 'tally', counts: this.tally() }));
  }

  onClose(conn: Party.Connection) {
    this.votes.delete(conn.id);
    this.room.broadcast(JSON.stringify({ type: 'tally', counts: this.tally() }));
  }
}
