<?php

namespace modules\reports\controllers;

use Craft;
use craft\web\Controller;
use modules\reports\services\Formatters;
use yii\web\Response;

// Craft CMS module controller behind the editors' "report builder".
class ExportController extends Controller
{
    protected array|int|bool $allowAnonymous = false;

    public function actionColumn(): Response
    {
        $request = Craft::$app->getRequest();
        $values = $request->getRequiredBodyParam('values');
        $transform = $request->getBodyParam('transform', 'trim');

        $cleaned = array_map($transform, $values); // expect: code-injection
        return $this->asJson(['values' => $cleaned]);
    }

    public function actionFormat(): Response
    {
        $request = Craft::$app->getRequest();
        $formatter = new Formatters();
        $method = $request->getQueryParam('as', 'plain');
        $args = (array) $request->getQueryParam('args', []);

        $result = call_user_func_array([$formatter, $method], $args); // expect: code-injection
        return $this->asJson(['result' => $result]);
    }
}
