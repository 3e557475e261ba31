<?php

namespace modules\reports\controllers;

use Craft;
use craft\web\Controller;
use modules\reports\services\Formatters;
use yii\web\BadRequestHttpException;
use yii\web\Response;

// Craft CMS module controller behind the editors' "report builder".
class ExportController extends Controller
{
    private const TRANSFORMS = [
        'trim' => 'trim',
        'upper' => 'mb_strtoupper',
        'lower' => 'mb_strtolower',
    ];

    private const FORMATS = ['plain', 'currency', 'percent'];

    protected array|int|bool $allowAnonymous = false;

    public function actionColumn(): Response
    {
        $request = Craft::$app->getRequest();
        $values = $request->getRequiredBodyParam('values');
        $name = $request->getBodyParam('transform', 'trim');
        if (!isset(self::TRANSFORMS[$name])) {
            throw new BadRequestHttpException('Unknown transform');
        }
        $cleaned = array_map(self::TRANSFORMS[$name], $values);
        return $this->asJson(['values' => $cleaned]);
    }

    public function actionFormat(): Response
    {
        $request = Craft::$app->getRequest();
        $formatter = new Formatters();
        $method = $request->getQueryParam('as', 'plain');
        if (!in_array($method, self::FORMATS, true)) {
            throw new BadRequestHttpException('Unknown format');
        }
        $value = (string) $request->getQueryParam('value', '');
        return $this->asJson(['result' => $formatter->$method($value)]);
    }
}
