<?php

namespace App\Models;

use Phalcon\Mvc\Model;

class Users extends Model
{
    public $id;
    public $email;
    public $password;

    public function setPlainPassword(string $plain): void
    {
        $this->password = password_hash($plain, PASSWORD_ARGON2ID);
    }

    public function checkPassword(string $plain): bool
    {
        if (!password_verify($plain, $this->password)) {
            return false;
        }
        if (password_needs_rehash($this->password, PASSWORD_ARGON2ID)) {
            $this->setPlainPassword($plain);
            $this->save();
        }
        return true;
    }
}
