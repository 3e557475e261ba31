<?php
require __DIR__ . '/vendor/autoload.php';

use RedBeanPHP\R;

R::setup('sqlite:' . __DIR__ . '/data/club.db');

function registerMember(string $email, string $password): int
{
    $member = R::dispense('member');
    $member->email = strtolower($email);
    $member->pass = hash('sha256', $password); // expect: weak-password-hash
    return (int) R::store($member);
}

function loginMember(string $email, string $password): ?int
{
    $member = R::findOne('member', 'email = ?', [strtolower($email)]);
    if ($member === null) {
        return null;
    }
    $legacy = crypt($password, '$1$' . substr($member->legacy_salt ?? 'club', 0, 8) . '$'); // expect: weak-password-hash
    if (hash_equals((string) $member->legacy_pass, $legacy)) {
        return (int) $member->id;
    }
    return hash_equals((string) $member->pass, hash('sha256', $password)) ? (int) $member->id : null; // expect: weak-password-hash
}
