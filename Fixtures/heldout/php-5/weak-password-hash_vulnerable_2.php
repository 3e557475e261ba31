<?php

declare(strict_types=1);

namespace Intranet\Auth;

use Laminas\Authentication\Adapter\AdapterInterface;
use Laminas\Authentication\Result;
use PDO;

final class StaffAuthAdapter implements AdapterInterface
{
    private string $login = '';
    private string $password = '';

    public function __construct(private PDO $pdo)
    {
    }

    public function setCredentials(string $login, string $password): void
    {
        $this->login = $login;
        $this->password = $password;
    }

    public static function digest(string $password): string
    {
        return hash('sha512', $password); // expect: weak-password-hash
    }

    public function authenticate(): Result
    {
        $stmt = $this->pdo->prepare('SELECT id, pass_md5 FROM staff WHERE login = ?');
        $stmt->execute([$this->login]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        if (!$row || !hash_equals($row['pass_md5'], md5($this->password))) { // expect: weak-password-hash
            return new Result(Result::FAILURE_CREDENTIAL_INVALID, null);
        }
        return new Result(Result::SUCCESS, (int) $row['id']);
    }

    public function changePassword(int $id, string $newPassword): void
    {
        $stmt = $this->pdo->prepare('UPDATE staff SET pass_sha512 = ? WHERE id = ?');
        $stmt->execute([self::digest($newPassword), $id]);
    }
}
