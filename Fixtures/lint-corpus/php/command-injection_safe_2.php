<?php

namespace App\Media;

final class AudioConverter
{
    public function __construct(private string $workDir) {}

    public function toMp3(string $upload, int $bitrate): string
    {
        $out = $this->workDir . '/' . pathinfo($upload, PATHINFO_FILENAME) . '.mp3';
        $cmd = sprintf('ffmpeg -y -i %s -b:a %dk %s', escapeshellarg($upload), $bitrate, escapeshellarg($out));
        exec($cmd, $lines, $status);
        return $out;
    }

    public function duration(string $file): string
    {
        $proc = proc_open(['ffprobe', '-show_entries', 'format=duration', $file], [1 => ['pipe', 'w']], $pipes);
        $text = stream_get_contents($pipes[1]);
        proc_close($proc);
        return trim($text);
    }

    public function version(): string
    {
        return shell_exec('ffmpeg -version');
    }
}
