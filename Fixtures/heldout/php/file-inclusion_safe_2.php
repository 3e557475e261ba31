<?php
// bootstrap.php - loads translations and the selected theme
const SUPPORTED_LANGS = ['en', 'de', 'fr', 'es'];

$lang = $_COOKIE['lang'] ?? 'en';
if (!in_array($lang, SUPPORTED_LANGS, true)) {
    $lang = 'en';
}
require_once __DIR__ . "/lang/$lang.php";

$theme = preg_replace('/[^a-z0-9_-]/', '', strtolower($_REQUEST['theme'] ?? 'default'));
$themeFile = realpath(__DIR__ . '/themes/' . $theme . '/functions.php');
if ($themeFile !== false && str_starts_with($themeFile, __DIR__ . '/themes/')) {
    include_once $themeFile;
}

require __DIR__ . '/config.php';
require_once __DIR__ . '/vendor/autoload.php';
