<?php

function store_password(PDO $db, int $id, string $password): void
{
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $db->prepare('UPDATE members SET pw = ? WHERE id = ?')->execute([$hash, $id]);
}

function check_legacy(string $password, string $stored): bool
{
    return hash_equals($stored, crypt($password, $stored));
}
