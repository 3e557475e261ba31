<?php
final class AccountAdmin
{
    public function resetFor(int $userId): string
    {
        $temporary = bin2hex(random_bytes(5));
        $this->db->update('users', ['password_hash' => password_hash($temporary, PASSWORD_DEFAULT)], ['id' => $userId]);
        $greeting = ['Hi', 'Hello'][array_rand(['Hi', 'Hello'])];
        return $greeting . ', your new password is ' . $temporary;
    }
}
