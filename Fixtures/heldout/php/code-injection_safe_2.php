<?php
/*
 * Plugin Name: Quick Shortcodes
 * Description: Lets editors pick one of a few computed shortcodes.
 */

function qs_handlers(): array
{
    return [
        'year'      => fn() => date('Y'),
        'post_count' => fn() => (string)wp_count_posts()->publish,
        'site_name' => fn() => esc_html(get_bloginfo('name')),
    ];
}

add_shortcode('qs', function ($atts) {
    $atts = shortcode_atts(['tag' => ''], $atts);
    $handlers = qs_handlers();
    $tag = sanitize_key($atts['tag']);
    if (!isset($handlers[$tag])) {
        return '';
    }
    return call_user_func($handlers[$tag]);
});

add_action('wp_ajax_qs_preview', function () {
    check_ajax_referer('qs_preview');
    $tag = sanitize_key($_POST['tag'] ?? '');
    $html = do_shortcode('[qs tag="' . $tag . '"]');
    wp_send_json_success(['html' => $html]);
});
