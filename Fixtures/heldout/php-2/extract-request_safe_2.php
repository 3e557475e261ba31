<?php

namespace App\View;

final class Template
{
    public function __construct(private string $dir)
    {
    }

    public function render(string $name, array $data): string
    {
        $settings = require $this->dir . '/settings.php';
        extract($settings, EXTR_SKIP);
        extract($data, EXTR_SKIP);
        ob_start();
        include $this->dir . '/' . basename($name) . '.phtml';
        return (string) ob_get_clean();
    }
}
