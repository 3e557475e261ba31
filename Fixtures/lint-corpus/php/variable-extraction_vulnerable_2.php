<?php
// report.php?from=2024-01-01&to=2024-12-31
$is_admin = false;
parse_str($_SERVER['QUERY_STRING'] ?? '', $query);
extract($query); // expect: variable-extraction
if ($is_admin) {
    echo render_admin_report($from, $to);
}
