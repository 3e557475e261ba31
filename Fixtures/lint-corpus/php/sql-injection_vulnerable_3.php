<?php
/**
 * Plugin Name: Event Calendar
 */

add_action('wp_ajax_cal_events', 'cal_events');

function cal_events()
{
    global $wpdb;
    $month = $_GET['month'];
    $events = $wpdb->get_results( // expect: sql-injection
        "SELECT title, starts FROM {$wpdb->prefix}cal_events WHERE month = '$month' ORDER BY starts DESC"
    );
    wp_send_json_success($events);
}
