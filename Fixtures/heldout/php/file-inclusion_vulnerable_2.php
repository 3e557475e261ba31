<?php
// bootstrap.php - loads translations and the selected theme
$lang = $_COOKIE['lang'] ?? 'en';
require_once __DIR__ . "/lang/$lang.php"; // expect: file-inclusion

$theme = $_REQUEST['theme'] ?? 'default';
$themeFile = __DIR__ . '/themes/' . $theme . '/functions.php';
if (file_exists($themeFile)) {
    include_once $themeFile; // expect: file-inclusion
}

function render(string $template, array $data): string
{
    extract($data, EXTR_SKIP);
    ob_start();
    include __DIR__ . '/templates/' . $template . '.phtml';
    return ob_get_clean();
}

$module = $_GET['module'] ?? null;
if ($module !== null) {
    require $_SERVER['DOCUMENT_ROOT'] . '/modules/' . $module; // expect: file-inclusion
}
