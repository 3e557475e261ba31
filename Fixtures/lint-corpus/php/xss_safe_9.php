<?php
final class SummaryWidget
{
    public function render(string $title, array $rows, int $total): void
    {
        echo '<h3 class="widget-title">' . htmlspecialchars($title, ENT_QUOTES, 'UTF-8') . '</h3>';
        foreach ($rows as $row) {
            printf('<li data-id="%d">%s</li>', (int) $row['id'], htmlspecialchars($row['label']));
        }
        echo "<p class=\"total\">$total</p>";
        echo 'Rendered ' . $title . PHP_EOL;
    }
}
