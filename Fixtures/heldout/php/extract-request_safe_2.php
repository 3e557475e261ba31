<?php
// View.php - minimal template renderer used by the admin pages

class View
{
    public function __construct(private string $dir)
    {
    }

    public function render(string $name, array $vars = []): string
    {
        $file = $this->dir . '/' . basename($name) . '.phtml';
        extract($vars, EXTR_SKIP);
        ob_start();
        require $file;
        return (string)ob_get_clean();
    }
}

$settings = require __DIR__ . '/config/report.php';
extract($settings);

$view = new View(__DIR__ . '/views');
echo $view->render('report', [
    'title' => 'Monthly report',
    'year' => (int)($_GET['year'] ?? date('Y')),
    'currency' => $currency ?? 'EUR',
]);
