<?php

class ReportController extends Controller
{
    private const HANDLERS = ['csv' => 'asCsv', 'json' => 'asJson'];

    public function run()
    {
        $rows = $this->summaryRows();
        usort($rows, fn ($a, $b) => $a['total'] <=> $b['total']);
        $handler = self::HANDLERS[$_GET['format'] ?? 'json'] ?? 'asJson';
        return $this->$handler($rows);
    }
}
