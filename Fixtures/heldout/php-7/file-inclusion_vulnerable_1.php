<?php

namespace modules\widgets\controllers;

use Craft;
use craft\web\Controller;
use yii\web\Response;

// Craft CMS module: renders dashboard widgets written as plain PHP partials.
class WidgetController extends Controller
{
    public function actionRender(): Response
    {
        $partial = Craft::$app->getRequest()->getQueryParam('widget', 'summary');
        $dir = Craft::getAlias('@root/widgets');

        ob_start();
        include $dir . '/partials/' . $partial . '.php'; // expect: file-inclusion
        $html = ob_get_clean();

        return $this->asJson(['html' => $html]);
    }
}
