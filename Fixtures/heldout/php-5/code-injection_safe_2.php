<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Http\Response;

/**
 * Report exports: the UI sends the name of the formatter to apply to each cell
 * and, for custom reports, the post-processing step to run on the rows.
 */
class ReportsController extends AppController
{
    private const FORMATTERS = [
        'trim' => 'trim',
        'upper' => 'strtoupper',
        'number' => [self::class, 'number'],
    ];

    public static function number(string $v): string
    {
        return number_format((float) $v, 2, '.', '');
    }

    private function postSteps(): array
    {
        return [
            'sort' => function (array $cells): array {
                sort($cells);
                return $cells;
            },
            'unique' => fn (array $cells): array => array_values(array_unique($cells)),
        ];
    }

    public function export(string $id): Response
    {
        $report = $this->fetchTable('Reports')->get($id, contain: ['Rows']);
        $format = self::FORMATTERS[$this->request->getQuery('format', 'trim')] ?? 'trim';
        $steps = $this->postSteps();
        $post = $steps[$this->request->getQuery('post', '')] ?? null;

        $cells = [];
        foreach ($report->rows as $row) {
            $cells[] = call_user_func($format, (string) $row->value);
        }
        if ($post !== null) {
            $cells = $post($cells);
        }

        return $this->response
            ->withType('csv')
            ->withStringBody(implode("\n", array_map('strval', $cells)));
    }
}
