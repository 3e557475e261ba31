<?php
// Storefront translations: the shopper's language choice is kept in a cookie.

const LANGUAGES = ['en', 'de', 'fr'];

$lang = $_COOKIE['shop_lang'] ?? 'en';
if (!in_array($lang, LANGUAGES, true)) {
    $lang = 'en';
}

$messages = require __DIR__ . "/lang/{$lang}.php";

function t(string $key): string
{
    global $messages;
    return htmlspecialchars($messages[$key] ?? $key, ENT_QUOTES, 'UTF-8');
}

if (isset($_GET['set_lang']) && in_array($_GET['set_lang'], LANGUAGES, true)) {
    setcookie('shop_lang', $_GET['set_lang'], time() + 86400 * 365, '/', '', true, true);
    header('Location: /');
    exit;
}
?>
<!doctype html>
<html lang="<?= htmlspecialchars($lang, ENT_QUOTES, 'UTF-8') ?>">
<body>
  <h1><?= t('welcome') ?></h1>
  <a href="?set_lang=de">Deutsch</a> · <a href="?set_lang=fr">Français</a>
</body>
</html>
