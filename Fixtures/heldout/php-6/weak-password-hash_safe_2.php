<?php
require __DIR__ . '/vendor/autoload.php';

use RedBeanPHP\R;

R::setup('sqlite:' . __DIR__ . '/data/club.db');

function registerMember(string $email, string $password): int
{
    $member = R::dispense('member');
    $member->email = strtolower($email);
    $member->pass = password_hash($password, PASSWORD_DEFAULT);
    return (int) R::store($member);
}

function loginMember(string $email, string $password): ?int
{
    $member = R::findOne('member', 'email = ?', [strtolower($email)]);
    if ($member === null || !password_verify($password, (string) $member->pass)) {
        return null;
    }
    if (password_needs_rehash((string) $member->pass, PASSWORD_DEFAULT)) {
        $member->pass = password_hash($password, PASSWORD_DEFAULT);
        R::store($member);
    }
    return (int) $member->id;
}

function issueResetToken(int $memberId): string
{
    $token = bin2hex(random_bytes(32));
    $reset = R::dispense('reset');
    $reset->member_id = $memberId;
    $reset->digest = hash('sha256', $token);
    $reset->expires = time() + 3600;
    R::store($reset);
    return $token;
}
