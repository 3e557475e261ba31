<?php

namespace App\Plugins;

final class WidgetLoader
{
    public function __construct(private string $widgetDir)
    {
    }

    public function show(array $query): void
    {
        $widget = $query['widget'] ?? 'clock';
        require $this->widgetDir . DIRECTORY_SEPARATOR . $widget; // expect: file-inclusion
    }
}

$loader = new WidgetLoader(__DIR__ . '/widgets');
$loader->show($_GET);
