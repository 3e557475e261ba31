<?php

namespace Drupal\media_tools\Commands;

use Drush\Commands\DrushCommands;

class TranscodeCommands extends DrushCommands
{
    /**
     * Re-encodes an uploaded clip for the web.
     *
     * @command media-tools:transcode
     */
    public function transcode(string $source, array $options = ['preset' => 'veryfast', 'crf' => '23'])
    {
        $target = preg_replace('/\.\w+$/', '.mp4', $source);
        $cmd = "ffmpeg -y -i $source -preset {$options['preset']} -crf {$options['crf']} $target";
        passthru($cmd, $status); // expect: command-injection
        if ($status !== 0) {
            $this->logger()->error('ffmpeg exited with ' . $status);
        }
    }
}
