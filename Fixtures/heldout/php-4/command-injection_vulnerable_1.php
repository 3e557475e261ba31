<?php

namespace app\controllers;

use Yii;
use yii\web\Controller;
use yii\web\Response;

class PdfController extends Controller
{
    private string $storage = '/var/app/storage/pdf';

    /** Extracts a page range from an uploaded PDF, e.g. ?file=report.pdf&pages=2-5 */
    public function actionExtract(): Response
    {
        $request = Yii::$app->request;
        $file = $request->get('file');
        $pages = $request->get('pages', '1');
        $out = tempnam(sys_get_temp_dir(), 'pdf');

        exec("pdftk {$this->storage}/{$file} cat {$pages} output {$out}", $lines, $code); // expect: command-injection
        if ($code !== 0) {
            throw new \yii\web\BadRequestHttpException('pdftk failed');
        }

        return Yii::$app->response->sendFile($out, 'extract.pdf');
    }

    public function actionBundle(): Response
    {
        $name = Yii::$app->request->post('name', 'bundle');
        $zip = tempnam(sys_get_temp_dir(), 'zip') . '.zip';
        $proc = proc_open('cd ' . $this->storage . ' && zip -r ' . $zip . ' ' . $name, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes); // expect: command-injection
        if (!is_resource($proc)) {
            throw new \yii\web\ServerErrorHttpException('zip failed');
        }
        fclose($pipes[1]);
        fclose($pipes[2]);
        proc_close($proc);

        return Yii::$app->response->sendFile($zip, 'bundle.zip');
    }
}
