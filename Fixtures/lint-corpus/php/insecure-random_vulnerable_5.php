<?php

namespace App\Controllers;

class Account extends BaseController
{
    public function register()
    {
        $email = (string) $this->request->getPost('email');
        $verify = md5(uniqid((string) mt_rand(), true)); // expect: insecure-random
        model('UserModel')->insert(['email' => $email, 'verify_hash' => hash('sha256', $verify)]);
        service('email')->setTo($email)->setMessage(site_url('account/verify/' . $verify))->send();
        return redirect()->to('/account/check-mail');
    }
}
