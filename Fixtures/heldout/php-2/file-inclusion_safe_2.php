<?php

namespace App\Plugins;

final class WidgetLoader
{
    public function __construct(private string $widgetDir)
    {
    }

    public function show(array $query): void
    {
        $widget = preg_replace('/[^a-z0-9_-]/', '', strtolower($query['widget'] ?? 'clock'));
        $path = realpath($this->widgetDir . DIRECTORY_SEPARATOR . $widget . '.php');
        if ($path === false || !str_starts_with($path, realpath($this->widgetDir) . DIRECTORY_SEPARATOR)) {
            return;
        }
        require $path;
    }
}

$loader = new WidgetLoader(__DIR__ . '/widgets');
$loader->show($_GET);
