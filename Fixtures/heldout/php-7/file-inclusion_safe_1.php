<?php

namespace modules\widgets\controllers;

use Craft;
use craft\web\Controller;
use yii\web\NotFoundHttpException;
use yii\web\Response;

// Craft CMS module: renders dashboard widgets written as plain PHP partials.
class WidgetController extends Controller
{
    private const WIDGETS = ['summary', 'orders', 'stock', 'visitors'];

    public function actionRender(): Response
    {
        $partial = Craft::$app->getRequest()->getQueryParam('widget', 'summary');
        if (!in_array($partial, self::WIDGETS, true)) {
            throw new NotFoundHttpException('Unknown widget');
        }
        $dir = Craft::getAlias('@root/widgets');

        ob_start();
        include $dir . '/partials/' . $partial . '.php';
        $html = ob_get_clean();

        return $this->asJson(['html' => $html]);
    }
}
