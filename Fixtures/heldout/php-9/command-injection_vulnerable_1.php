<?php

if (!class_exists('WP_CLI')) {
    return;
}

/**
 * Regenerates a cropped banner for a post's featured image.
 */
class Banner_Command
{
    /**
     * ## OPTIONS
     *
     * <post_id>
     * : The post.
     *
     * [--size=<size>]
     * : Geometry for ImageMagick, e.g. 1200x400.
     */
    public function __invoke($args, $assoc_args)
    {
        $post_id = (int) $args[0];
        $source = get_attached_file(get_post_thumbnail_id($post_id));
        if (!$source) {
            WP_CLI::error("Post $post_id has no featured image.");
        }
        $size = $assoc_args['size'] ?? '1200x400';
        $target = preg_replace('/\.(\w+)$/', '-banner.$1', $source);
        $cmd = "convert '$source' -resize {$size}^ -gravity center -extent $size '$target'";
        exec($cmd, $output, $status); // expect: command-injection
        if ($status !== 0) {
            WP_CLI::error(implode("\n", $output));
        }
        WP_CLI::success("Banner written to $target");
    }
}

WP_CLI::add_command('banner', 'Banner_Command');
