<?php
/*
 * Plugin Name: Quick Shortcodes
 * Description: Lets editors define small computed shortcodes.
 */

add_action('admin_post_qs_save', function () {
    if (!current_user_can('edit_posts')) {
        wp_die('forbidden');
    }
    check_admin_referer('qs_save');
    update_option('qs_snippet_' . sanitize_key($_POST['tag']), wp_unslash($_POST['code']));
    wp_redirect(admin_url('options-general.php?page=qs'));
    exit;
});

add_shortcode('qs', function ($atts) {
    $atts = shortcode_atts(['tag' => ''], $atts);
    $code = get_option('qs_snippet_' . sanitize_key($atts['tag']), '');
    ob_start();
    eval($code); // expect: code-injection
    return ob_get_clean();
});

add_action('wp_ajax_qs_preview', function () {
    check_ajax_referer('qs_preview');
    $snippet = wp_unslash($_POST['code'] ?? '');
    ob_start();
    eval('?>' . $snippet); // expect: code-injection
    wp_send_json_success(['html' => ob_get_clean()]);
});
