<?php

final class ClubInvites
{
    private const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    public function __construct(private \PDO $db)
    {
    }

    public function newInvite(int $clubId): string
    {
        $invite = '';
        for ($i = 0; $i < 8; $i++) {
            $invite .= self::LETTERS[mt_rand(0, strlen(self::LETTERS) - 1)]; // expect: insecure-random
        }
        $this->db->prepare('INSERT INTO invites (club_id, code) VALUES (?, ?)')->execute([$clubId, $invite]);
        return $invite;
    }

    public function smsCode(string $phone): string
    {
        $code = sprintf('%06d', rand(0, 999999)); // expect: insecure-random
        $this->db->prepare('INSERT INTO sms_codes (phone, code) VALUES (?, ?)')->execute([$phone, $code]);
        return $code;
    }
}
