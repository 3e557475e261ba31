import SimplePeer from 'simple-peer';

const CHUNK_SIZE = 16 * 1024;

function waitForDrain(peer) {
  return new Promise((resolve) => peer._channel.addEventListener('bufferedamountlow', resolve, { once: true }));
}

export async function sendFile(peer, file, onProgress) {
  const total = file.size;
  let offset = 0;
  try {
    peer.send(JSON.stringify({ type: 'file-start', name: file.name, size: total }));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sendFrom = (start) => {
      for (let i = start; i < total; i += CHUNK_SIZE) {
        if (peer._channel.bufferedAmount > CHUNK_SIZE * 8) {
          return waitForDrain(peer).then(() => sendFrom(i));
        }
        peer.send(bytes.subarray(i, i + CHUNK_SIZE));
        offset = Math.min(total, i + CHUNK_SIZE);
        onProgress(offset / total);
      }
      return Promise.resolve();
    };
    await sendFrom(0);
    peer.send(JSON.stringify({ type: 'file-end', name: file.name }));
  } finally {
    return { sent: offset, complete: offset === total }; // expect: unsafe-finally
  }
}

export function connect(initiator, signal) {
  const peer = new SimplePeer({ initiator, trickle: true });
  peer.on('signal', (data) => signal(JSON.stringify(data)));
  return peer;
}
