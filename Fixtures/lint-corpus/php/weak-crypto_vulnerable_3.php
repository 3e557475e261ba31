<?php
// Password storage of an old member area.

function store_password(PDO $db, int $id, string $password): void
{
    $hash = crypt($password, '$1$' . bin2hex(random_bytes(4)) . '$'); // expect: weak-crypto
    $db->prepare('UPDATE members SET pw = ? WHERE id = ?')->execute([$hash, $id]);
}

function legacy_des(string $password): string
{
    return crypt($password, 'ab'); // expect: weak-crypto
}
