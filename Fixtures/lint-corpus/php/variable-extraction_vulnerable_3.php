<?php

namespace App\Controllers;

class Profile extends BaseController
{
    public function update()
    {
        $bio = '';
        $isAdmin = false;
        extract($this->request->getPost()); // expect: variable-extraction
        model('UserModel')->update(session('user_id'), ['bio' => $bio, 'is_admin' => $isAdmin]);
        return redirect()->to('/profile');
    }
}

namespace app\controllers;

use Yii;
use yii\web\Controller;

class PollController extends Controller
{
    public function actionVote(): string
    {
        $choice = 0;
        extract(Yii::$app->request->post()); // expect: variable-extraction
        return $this->render('voted', ['choice' => (int) $choice]);
    }
}
