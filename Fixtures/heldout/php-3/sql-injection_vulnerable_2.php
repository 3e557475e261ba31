<?php
/**
 * Plugin Name: Simple Product Reviews
 */

add_action('wp_ajax_spr_reviews', 'spr_list_reviews');
add_action('wp_ajax_nopriv_spr_reviews', 'spr_list_reviews');

function spr_list_reviews()
{
    global $wpdb;
    $table = $wpdb->prefix . 'spr_reviews';
    $product = $_POST['product_id'];
    $stars = isset($_POST['min_stars']) ? $_POST['min_stars'] : 1;

    $rows = $wpdb->get_results( // expect: sql-injection
        "SELECT author, stars, body FROM $table WHERE product_id = $product AND stars >= $stars ORDER BY created DESC"
    );
    wp_send_json_success(array_map(function ($r) {
        return ['author' => esc_html($r->author), 'stars' => (int) $r->stars, 'body' => esc_html($r->body)];
    }, $rows));
}

function spr_delete_review()
{
    global $wpdb;
    check_ajax_referer('spr_delete');
    $wpdb->query("DELETE FROM {$wpdb->prefix}spr_reviews WHERE id = " . $_POST['id']); // expect: sql-injection
    wp_send_json_success();
}
add_action('wp_ajax_spr_delete', 'spr_delete_review');
