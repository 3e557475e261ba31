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
        if (!preg_match('/^\d{2,4}x\d{2,4}$/', $size)) {
            WP_CLI::error('Size must look like 1200x400.');
        }
        $target = preg_replace('/\.(\w+)$/', '-banner.$1', $source);
        $cmd = sprintf(
            'convert %s -resize %s -gravity center -extent %s %s',
            escapeshellarg($source),
            escapeshellarg($size . '^'),
            escapeshellarg($size),
            escapeshellarg($target)
        );
        exec($cmd, $output, $status);
        if ($status !== 0) {
            WP_CLI::error(implode("\n", $output));
        }
        WP_CLI::success("Banner written to $target");
    }
}

WP_CLI::add_command('banner', 'Banner_Command');
