<?php

namespace App\Controllers;

class Signup extends BaseController
{
    public function create()
    {
        $email = (string) $this->request->getPost('email');
        model('UserModel')->insert([
            'email' => $email,
            'name' => (string) $this->request->getPost('name'),
        ]);
        db_connect()->table('audit')->update(['last_email' => $email], ['id' => 1]);
        return redirect()->to('/welcome');
    }
}
