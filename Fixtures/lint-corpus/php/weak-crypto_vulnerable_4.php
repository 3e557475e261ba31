<?php
class Member extends Record
{
    public function changePassword(string $secret): void
    {
        $this->pwd_hash = md5($this->created_at . $secret); // expect: weak-crypto
    }

    public function matches(string $secret): bool
    {
        return $this->pwd_hash === md5($this->created_at . $secret); // expect: weak-crypto
    }
}
