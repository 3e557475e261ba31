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

    /** Reset links carry a 256-bit random token; only its SHA-256 is stored. */
    public static function tokenDigest(string $token): string
    {
        return hash('sha256', $token);
    }

    public function authenticate(): Result
    {
        $stmt = $this->pdo->prepare('SELECT id, pass_hash FROM staff WHERE login = ?');
        $stmt->execute([$this->login]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        if (!$row || !password_verify($this->password, $row['pass_hash'])) {
            return new Result(Result::FAILURE_CREDENTIAL_INVALID, null);
        }
        return new Result(Result::SUCCESS, (int) $row['id']);
    }

    public function changePassword(int $id, string $newPassword): void
    {
        $stmt = $this->pdo->prepare('UPDATE staff SET pass_hash = ? WHERE id = ?');
        $stmt->execute([password_hash($newPassword, PASSWORD_DEFAULT), $id]);
    }

    public function issueResetToken(int $id): string
    {
        $token = bin2hex(random_bytes(32));
        $stmt = $this->pdo->prepare('UPDATE staff SET reset_digest = ?, reset_expires = NOW() + INTERVAL 1 HOUR WHERE id = ?');
        $stmt->execute([self::tokenDigest($token), $id]);
        return $token;
    }
}
