#!/usr/bin/env php
<?php
// Usage: php add-operator.php <username>   (password is read from the terminal)

if ($argc !== 2) {
    fwrite(STDERR, "usage: add-operator.php <username>\n");
    exit(2);
}

function readSecret(string $prompt): string
{
    fwrite(STDOUT, $prompt);
    shell_exec('stty -echo');
    $value = rtrim((string) fgets(STDIN), "\r\n");
    shell_exec('stty echo');
    fwrite(STDOUT, PHP_EOL);
    return $value;
}

function storedForm(string $password): string
{
    return password_hash($password, PASSWORD_ARGON2ID);
}

$username = $argv[1];
$password = readSecret('Password: ');
if (strlen($password) < 12) {
    fwrite(STDERR, "password too short\n");
    exit(1);
}

$pdo = new PDO('sqlite:' . __DIR__ . '/var/operators.db');
$stmt = $pdo->prepare('INSERT INTO operators (username, password) VALUES (?, ?)');
$stmt->execute([$username, storedForm($password)]);
echo "operator $username added", PHP_EOL;
