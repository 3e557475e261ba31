<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Http\Response;

/**
 * Report exports: the UI sends the name of the formatter to apply to each cell
 * and, for custom reports, the callable that post-processes the rows.
 */
class ReportsController extends AppController
{
    public function export(string $id): Response
    {
        $report = $this->fetchTable('Reports')->get($id, contain: ['Rows']);
        $format = $this->request->getQuery('format', 'trim');
        $post = $this->request->getQuery('post');

        $cells = [];
        foreach ($report->rows as $row) {
            $cells[] = $format($row->value); // expect: code-injection
        }
        if ($post !== null) {
            $cells = call_user_func_array($post, [$cells, $report]); // expect: code-injection
        }

        return $this->response
            ->withType('csv')
            ->withStringBody(implode("\n", array_map('strval', $cells)));
    }
}
