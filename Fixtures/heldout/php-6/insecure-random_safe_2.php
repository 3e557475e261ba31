<?php

namespace App\Controllers;

use Phalcon\Mvc\Controller;

class InviteController extends Controller
{
    private const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    public function createAction()
    {
        $email = $this->request->getPost('email', 'email');
        if (!$email) {
            return $this->response->setStatusCode(422)->setJsonContent(['error' => 'email required']);
        }
        $code = '';
        for ($i = 0; $i < 10; $i++) {
            $code .= self::ALPHABET[random_int(0, strlen(self::ALPHABET) - 1)];
        }
        $this->db->insert('invites', [$email, $code, time() + 86400 * 7], ['email', 'code', 'expires_at']);

        $tips = ['Share it with your team', 'Invites expire after a week', 'You can revoke invites later'];
        return $this->response->setJsonContent(['invite' => $code, 'tip' => $tips[array_rand($tips)]]);
    }
}
