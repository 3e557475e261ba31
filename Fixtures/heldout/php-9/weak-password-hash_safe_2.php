<?php

namespace App\Model;

use Nette\Database\Explorer;
use Nette\Security\AuthenticationException;
use Nette\Security\Authenticator;
use Nette\Security\Passwords;
use Nette\Security\SimpleIdentity;

final class MemberAuthenticator implements Authenticator
{
    public function __construct(private Explorer $db, private Passwords $passwords)
    {
    }

    public static function avatarUrl(string $email): string
    {
        return 'https://www.gravatar.com/avatar/' . md5(strtolower(trim($email))) . '?d=identicon';
    }

    public function authenticate(string $user, string $password): SimpleIdentity
    {
        $row = $this->db->table('members')->where('email', $user)->fetch();
        if (!$row || !$this->passwords->verify($password, $row->password)) {
            throw new AuthenticationException('Wrong e-mail or password.');
        }
        if ($this->passwords->needsRehash($row->password)) {
            $row->update(['password' => $this->passwords->hash($password)]);
        }
        return new SimpleIdentity($row->id, $row->role, ['name' => $row->name, 'avatar' => self::avatarUrl($user)]);
    }

    public function changePassword(int $memberId, string $newPassword): void
    {
        $this->db->table('members')->where('id', $memberId)->update([
            'password' => password_hash($newPassword, PASSWORD_DEFAULT),
        ]);
    }
}
