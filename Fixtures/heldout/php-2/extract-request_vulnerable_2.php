<?php

namespace App\Legacy;

final class ReportFilter
{
    public static function fromRequest(): array
    {
        $limit = 50;
        $owner = $_SESSION['user_id'] ?? 0;
        extract($_GET, EXTR_OVERWRITE); // expect: extract-request
        $vars = [];
        parse_str(file_get_contents('php://input'), $vars);
        extract($vars); // expect: extract-request

        return ['limit' => (int) $limit, 'owner' => (int) $owner, 'status' => $status ?? 'open'];
    }
}
