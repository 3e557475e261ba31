<?php
// inc/view.php — render a PHP template with the variables the controller chose

function render(string $template, array $vars = []): string
{
    $file = __DIR__ . '/../templates/' . basename($template) . '.php';
    extract($vars, EXTR_SKIP);
    ob_start();
    require $file;
    return (string) ob_get_clean();
}

$settings = require __DIR__ . '/../config/notifications.php';
extract($settings, EXTR_PREFIX_ALL, 'cfg');

echo render('settings', [
    'digest' => $cfg_email_digest ?? 'weekly',
    'push' => (bool) ($cfg_push_enabled ?? false),
]);
