<?php
/**
 * Plugin Name: Event Calendar
 */

add_action('wp_ajax_cal_events', 'cal_events');

function cal_events()
{
    global $wpdb;
    $table = $wpdb->prefix . 'cal_events';
    $month = absint($_GET['month'] ?? 1);
    $events = $wpdb->get_results(
        $wpdb->prepare("SELECT title, starts FROM $table WHERE month = %d ORDER BY starts DESC", $month)
    );
    wp_send_json_success($events);
}
