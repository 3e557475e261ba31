<?php
// A shortcode: any author of a post writes its attributes.
add_shortcode('notice', function ($atts) {
    $atts = shortcode_atts(['title' => 'Note'], $atts);
    return '<div class="notice"><strong>' . $atts['title'] . '</strong></div>'; // expect: xss
});
