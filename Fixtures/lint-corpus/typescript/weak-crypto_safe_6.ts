// Remember-me tokens stored as digests; the algorithm is kept in a constant.
import { createHash } from 'crypto';

const DIGEST = 'sha256';

export function storedForm(token: string): string {
  return createHash(DIGEST).update(token).digest('hex');
}
