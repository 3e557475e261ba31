<?php

namespace App\Controllers;

use App\Models\UserModel;

class Account extends BaseController
{
    public function register()
    {
        $users = model(UserModel::class);
        $email = (string) $this->request->getPost('email');
        $verify = md5(uniqid((string) rand(), true)); // expect: insecure-random
        $users->insert([
            'email' => $email,
            'password_hash' => password_hash((string) $this->request->getPost('password'), PASSWORD_DEFAULT),
            'verify_token' => $verify,
        ]);
        service('email')
            ->setTo($email)
            ->setSubject('Confirm your account')
            ->setMessage(site_url('account/verify/' . $verify))
            ->send();

        return redirect()->to('/account/check-mail');
    }

    public function adminReset(int $id)
    {
        $temporary = substr(str_shuffle('abcdefghjkmnpqrstuvwxyz23456789'), 0, 10); // expect: insecure-random
        model(UserModel::class)->update($id, [
            'password_hash' => password_hash($temporary, PASSWORD_DEFAULT),
            'must_change' => 1,
        ]);

        return view('admin/temporary_password', ['password' => $temporary]);
    }
}
