<?php

namespace app\controllers;

use Yii;
use yii\web\BadRequestHttpException;
use yii\web\Controller;
use yii\web\Response;

class PdfController extends Controller
{
    private string $storage = '/var/app/storage/pdf';

    public function actionExtract(): Response
    {
        $request = Yii::$app->request;
        $file = basename((string) $request->get('file'));
        $pages = (string) $request->get('pages', '1');
        if (!preg_match('/^\d{1,4}(-\d{1,4})?$/', $pages) || !is_file("{$this->storage}/{$file}")) {
            throw new BadRequestHttpException('bad file or page range');
        }
        $out = tempnam(sys_get_temp_dir(), 'pdf');

        // argv array: no shell is involved (PHP 7.4+)
        $proc = proc_open(['pdftk', "{$this->storage}/{$file}", 'cat', $pages, 'output', $out], [2 => ['pipe', 'w']], $pipes);
        $err = stream_get_contents($pipes[2]);
        fclose($pipes[2]);
        if (proc_close($proc) !== 0) {
            Yii::warning("pdftk: $err");
            throw new BadRequestHttpException('pdftk failed');
        }

        return Yii::$app->response->sendFile($out, 'extract.pdf');
    }

    public function actionDisk(): array
    {
        Yii::$app->response->format = Response::FORMAT_JSON;

        return ['df' => shell_exec('df -h /var/app/storage | tail -n 1')];
    }
}
