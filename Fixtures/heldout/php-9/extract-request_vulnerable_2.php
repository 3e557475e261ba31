<?php

namespace App\Presenters;

use Nette\Application\UI\Presenter;
use Nette\Database\Explorer;

final class ReportPresenter extends Presenter
{
    public function __construct(private Explorer $db)
    {
        parent::__construct();
    }

    private function filters(): array
    {
        $from = date('Y-m-01');
        $to = date('Y-m-d');
        $team = null;
        extract($this->getHttpRequest()->getQuery()); // expect: extract-request
        return compact('from', 'to', 'team');
    }

    public function renderDefault(): void
    {
        $f = $this->filters();
        $rows = $this->db->table('timesheets')
            ->where('day BETWEEN ? AND ?', $f['from'], $f['to']);
        if ($f['team'] !== null) {
            $rows->where('team_id', (int) $f['team']);
        }
        $this->template->rows = $rows->fetchAll();
        $this->template->filters = $f;
    }
}
