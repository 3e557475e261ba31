<?php
// After switching the interface language, go back to one of the known sections.
$sections = ['/dashboard', '/settings', '/billing'];
$back = $_POST['back'] ?? '/dashboard';
if (in_array(strtolower($back), $sections, true)) {
    header('Location: ' . $back);
    exit;
}
header('Location: /dashboard');
