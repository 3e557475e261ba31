<?php
final class AccountAdmin
{
    public function resetFor(int $userId): string
    {
        $temporary = substr(str_shuffle('abcdefghjkmnpqrstuvwxyz23456789'), 0, 10); // expect: insecure-random
        $this->db->update('users', ['password_hash' => password_hash($temporary, PASSWORD_DEFAULT)], ['id' => $userId]);
        return $temporary;
    }
}
