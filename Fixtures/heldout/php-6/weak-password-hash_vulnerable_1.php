<?php

namespace App\Models;

use Phalcon\Mvc\Model;

class Users extends Model
{
    public $id;
    public $email;
    public $password;
    public $salt;

    public function setPlainPassword(string $plain): void
    {
        $this->salt = bin2hex(random_bytes(8));
        $this->password = sha1($this->salt . $plain); // expect: weak-password-hash
    }

    public function checkPassword(string $plain): bool
    {
        return hash_equals($this->password, sha1($this->salt . $plain)); // expect: weak-password-hash
    }
}
