<?php
class Member extends Record
{
    public function changePassword(string $secret): void
    {
        $this->pwd_hash = password_hash($secret, PASSWORD_DEFAULT);
        $this->gravatar = md5(strtolower(trim($this->email)));
    }

    public function matches(string $secret): bool
    {
        return password_verify($secret, $this->pwd_hash);
    }
}
