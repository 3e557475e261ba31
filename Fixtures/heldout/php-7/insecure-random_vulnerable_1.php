<?php

declare(strict_types=1);

namespace OCA\Boards\Service;

use OCP\IDBConnection;

// Nextcloud app: public read-only links to a board and a PIN that protects them.
class ShareLinkService
{
    public function __construct(private IDBConnection $db)
    {
    }

    private function token(): string
    {
        return substr(md5((string) rand()), 0, 16); // expect: insecure-random
    }

    public function create(int $boardId, bool $withPin): array
    {
        $token = $this->token();
        $pin = $withPin ? (string) (int) (lcg_value() * 1000000) : null; // expect: insecure-random

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
