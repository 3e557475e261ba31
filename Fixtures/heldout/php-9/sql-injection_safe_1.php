<?php

namespace App\Presenters;

use Nette\Application\UI\Presenter;
use Nette\Database\Connection;

final class ClinicPresenter extends Presenter
{
    public function __construct(private Connection $database)
    {
        parent::__construct();
    }

    public function renderSearch(string $city = 'Brno', string $specialty = ''): void
    {
        $where = ['city' => $city];
        if ($specialty !== '') {
            $where['specialty'] = $specialty;
        }
        $this->template->clinics = $this->database
            ->query('SELECT id, name, street, phone FROM clinics WHERE ? ORDER BY name', $where)
            ->fetchAll();
        $this->template->city = $city;
    }
}
