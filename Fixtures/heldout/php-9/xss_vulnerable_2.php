<?php

if (!defined('WP_CLI') && !defined('ABSPATH')) {
    exit;
}

/**
 * Guestbook widget: shows the latest signed entries on the sidebar.
 */
class Guestbook_Widget extends WP_Widget
{
    public function __construct()
    {
        parent::__construct('guestbook', 'Guestbook');
    }

    private function entries(int $limit): array
    {
        global $wpdb;
        return $wpdb->get_results(
            $wpdb->prepare("SELECT author, message, created_at FROM {$wpdb->prefix}guestbook ORDER BY created_at DESC LIMIT %d", $limit),
            ARRAY_A
        );
    }

    public function widget($args, $instance)
    {
        echo $args['before_widget'];
        echo '<h3>Guestbook</h3><ul>';
        foreach ($this->entries(5) as $entry) {
            $line = '<li><strong>' . $entry['author'] . '</strong>: ' . $entry['message'] . '</li>';
            echo $line; // expect: xss
        }
        echo '</ul>';
        echo $args['after_widget'];
    }
}

add_action('widgets_init', function () {
    register_widget('Guestbook_Widget');
});
