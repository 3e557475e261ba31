<?php

namespace Drupal\media_tools\Commands;

use Drush\Commands\DrushCommands;

class TranscodeCommands extends DrushCommands
{
    private const PRESETS = ['ultrafast', 'veryfast', 'medium', 'slow'];

    /**
     * @command media-tools:transcode
     */
    public function transcode(string $source, array $options = ['preset' => 'veryfast', 'crf' => '23'])
    {
        if (!is_file($source) || !in_array($options['preset'], self::PRESETS, true)) {
            throw new \InvalidArgumentException('Unknown clip or preset.');
        }
        $crf = max(0, min(51, (int) $options['crf']));
        $target = preg_replace('/\.\w+$/', '.mp4', $source);
        $cmd = sprintf(
            'ffmpeg -y -i %s -preset %s -crf %d %s',
            escapeshellarg($source),
            $options['preset'],
            $crf,
            escapeshellarg($target)
        );
        passthru($cmd, $status);
        if ($status !== 0) {
            $this->logger()->error('ffmpeg exited with ' . $status);
        }
    }
}
