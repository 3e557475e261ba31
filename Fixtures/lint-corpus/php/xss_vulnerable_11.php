<?php
// A widget renderer: whoever calls it decides what the title and the rows hold.
final class SummaryWidget
{
    public function render(string $title, array $rows, $out): void
    {
        echo '<h3 class="widget-title">' . $title . '</h3>'; // expect: xss
        foreach ($rows as $row) {
            printf('<li data-id="%d">%s</li>', $row['id'], $row['label']); // expect: xss
        }
        $out->addHTML("<p class=\"note\">{$rows[0]['note']}</p>"); // expect: xss
    }
}
