<?php

namespace App\Controllers;

use App\Models\UserModel;

class Account extends BaseController
{
    private const TEMP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

    public function register()
    {
        $email = (string) $this->request->getPost('email');
        $verify = bin2hex(random_bytes(32));
        model(UserModel::class)->insert([
            'email' => $email,
            'password_hash' => password_hash((string) $this->request->getPost('password'), PASSWORD_DEFAULT),
            'verify_token_hash' => hash('sha256', $verify),
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
        $temporary = '';
        for ($i = 0; $i < 12; $i++) {
            $temporary .= self::TEMP_ALPHABET[random_int(0, strlen(self::TEMP_ALPHABET) - 1)];
        }
        model(UserModel::class)->update($id, [
            'password_hash' => password_hash($temporary, PASSWORD_DEFAULT),
            'must_change' => 1,
        ]);

        return view('admin/temporary_password', ['password' => $temporary]);
    }
}
