<?php

namespace App\Presenters;

use Nette\Application\UI\Presenter;
use Nette\Database\Explorer;

final class ReportPresenter extends Presenter
{
    private const LAYOUT = __DIR__ . '/templates/report-row.php';

    public function __construct(private Explorer $db)
    {
        parent::__construct();
    }

    private function filters(): array
    {
        $q = $this->getHttpRequest()->getQuery();
        return [
            'from' => preg_match('/^\d{4}-\d{2}-\d{2}$/', $q['from'] ?? '') ? $q['from'] : date('Y-m-01'),
            'to' => preg_match('/^\d{4}-\d{2}-\d{2}$/', $q['to'] ?? '') ? $q['to'] : date('Y-m-d'),
            'team' => isset($q['team']) ? (int) $q['team'] : null,
        ];
    }

    public static function renderRow(array $row): string
    {
        extract($row, EXTR_SKIP);
        ob_start();
        include self::LAYOUT;
        return (string) ob_get_clean();
    }

    public function renderDefault(): void
    {
        $f = $this->filters();
        $rows = $this->db->table('timesheets')->where('day BETWEEN ? AND ?', $f['from'], $f['to']);
        if ($f['team'] !== null) {
            $rows->where('team_id', $f['team']);
        }
        $this->template->rows = array_map(fn ($r) => self::renderRow($r->toArray()), $rows->fetchAll());
        $this->template->filters = $f;
    }
}
