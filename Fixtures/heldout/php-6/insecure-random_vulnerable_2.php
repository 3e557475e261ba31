<?php

namespace App\Controllers;

use Phalcon\Mvc\Controller;

class InviteController extends Controller
{
    public function createAction()
    {
        $email = $this->request->getPost('email', 'email');
        if (!$email) {
            return $this->response->setStatusCode(422)->setJsonContent(['error' => 'email required']);
        }
        $code = substr(str_shuffle('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 0, 10); // expect: insecure-random
        $this->db->insert('invites', [$email, $code, time() + 86400 * 7], ['email', 'code', 'expires_at']);

        return $this->response->setJsonContent(['invite' => $code]);
    }
}
