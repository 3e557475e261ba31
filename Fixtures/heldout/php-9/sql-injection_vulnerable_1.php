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

    private function whereFor(string $city, string $specialty): string
    {
        $where = "city = '$city'";
        if ($specialty !== '') {
            $where .= " AND specialty = '" . $specialty . "'";
        }
        return $where;
    }

    public function renderSearch(string $city = 'Brno', string $specialty = ''): void
    {
        $sql = 'SELECT id, name, street, phone FROM clinics WHERE ' . $this->whereFor($city, $specialty) . ' ORDER BY name';
        $this->template->clinics = $this->database->query($sql)->fetchAll(); // expect: sql-injection
        $this->template->city = $city;
    }
}
