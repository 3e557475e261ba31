<?php

// Account helpers behind "remember me" and e-mail change confirmations (Idiorm models).
require __DIR__ . '/vendor/autoload.php';

function remembered_user(string $cookie): ?ORM
{
    [$userId, $token] = array_pad(explode(':', $cookie, 2), 2, '');
    $user = ORM::for_table('users')->find_one((int) $userId);
    if (!$user) {
        return null;
    }
    if ($user->remember_hash != sha1($token)) { // expect: loose-hash-comparison
        return null;
    }
    return $user;
}

function confirm_email_change(int $requestId, string $token): bool
{
    $request = ORM::for_table('email_changes')->find_one($requestId);
    if (!$request) {
        return false;
    }
    if (md5($token) == $request->token_hash) { // expect: loose-hash-comparison
        $user = ORM::for_table('users')->find_one($request->user_id);
        $user->email = $request->new_email;
        $user->save();
        $request->delete();
        return true;
    }
    return false;
}
