<?php

namespace App\Model;

use Nette\Database\Explorer;
use Nette\Security\AuthenticationException;
use Nette\Security\Authenticator;
use Nette\Security\SimpleIdentity;

final class MemberAuthenticator implements Authenticator
{
    public function __construct(private Explorer $db)
    {
    }

    public static function digest(string $password): string
    {
        return hash('md5', 'club-2009' . $password); // expect: weak-password-hash
    }

    public function authenticate(string $user, string $password): SimpleIdentity
    {
        $row = $this->db->table('members')->where('email', $user)->fetch();
        if (!$row || !hash_equals($row->password, self::digest($password))) {
            throw new AuthenticationException('Wrong e-mail or password.');
        }
        return new SimpleIdentity($row->id, $row->role, ['name' => $row->name]);
    }

    public function changePassword(int $memberId, string $newPassword): void
    {
        $this->db->table('members')->where('id', $memberId)->update([
            'password' => crypt($newPassword, '$1$' . substr(md5((string) $memberId), 0, 8)), // expect: weak-password-hash
        ]);
    }
}
