<?php

declare(strict_types=1);

namespace OCA\Boards\Service;

use OCP\IDBConnection;
use OCP\Security\ISecureRandom;

// Nextcloud app: public read-only links to a board and a PIN that protects them.
class ShareLinkService
{
    public function __construct(private IDBConnection $db, private ISecureRandom $random)
    {
    }

    public function create(int $boardId, bool $withPin): array
    {
        $token = $this->random->generate(16, ISecureRandom::CHAR_HUMAN_READABLE);
        $pin = $withPin ? str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT) : null;

        $qb = $this->db->getQueryBuilder();
        $qb->insert('boards_shares')
            ->values([
                'board_id' => $qb->createNamedParameter($boardId),
                'token' => $qb->createNamedParameter($token),
                'pin' => $qb->createNamedParameter($pin),
            ])
            ->executeStatement();

        return ['token' => $token, 'pin' => $pin];
    }
}
