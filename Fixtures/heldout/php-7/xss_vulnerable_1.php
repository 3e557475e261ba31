<?php

namespace modules\directory\controllers;

use Craft;
use craft\elements\Entry;
use craft\helpers\Template;
use craft\web\Controller;
use yii\web\Response;

// Craft CMS module: the staff directory's search box and profile cards.
class PeopleController extends Controller
{
    protected array|int|bool $allowAnonymous = ['search', 'card'];

    public function actionSearch(): Response
    {
        $q = Craft::$app->getRequest()->getQueryParam('q', '');
        $count = Entry::find()->section('people')->search($q)->count();
        return $this->asRaw("<p class=\"summary\">{$count} people match <strong>{$q}</strong></p>"); // expect: xss
    }

    public function actionCard(int $id): Response
    {
        $person = Entry::find()->section('people')->id($id)->one();
        $bio = $person ? (string) $person->getFieldValue('shortBio') : '';
        return $this->renderTemplate('directory/_card', [
            'person' => $person,
            'bio' => Template::raw($bio), // expect: xss
        ]);
    }
}
