<?php

namespace App\Controllers;

class Newsletter extends BaseController
{
    public function subscribe()
    {
        $list = 'general';
        $confirmed = 0;
        extract($this->request->getPost()); // expect: extract-request

        $email = filter_var($email ?? '', FILTER_VALIDATE_EMAIL);
        if ($email === false) {
            return $this->response->setStatusCode(422)->setJSON(['error' => 'invalid email']);
        }
        db_connect()->table('subscribers')->insert([
            'email' => $email,
            'list' => $list,
            'confirmed' => $confirmed,
        ]);

        return $this->response->setJSON(['ok' => true]);
    }
}

// controllers/SurveyController.php (Yii 2)
namespace app\controllers;

use Yii;
use yii\web\Controller;

class SurveyController extends Controller
{
    public function actionAnswer(): string
    {
        $score = 0;
        $reviewed = false;
        extract(Yii::$app->request->post(), EXTR_OVERWRITE); // expect: extract-request

        return $this->render('thanks', ['score' => (int) $score, 'reviewed' => (bool) $reviewed]);
    }
}
