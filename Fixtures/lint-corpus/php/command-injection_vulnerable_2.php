<?php

namespace App\Media;

final class AudioConverter
{
    public function __construct(private string $workDir) {}

    public function toMp3(string $upload, int $bitrate): string
    {
        $out = $this->workDir . '/' . pathinfo($upload, PATHINFO_FILENAME) . '.mp3';
        exec("ffmpeg -y -i '$upload' -b:a {$bitrate}k '$out'", $lines, $status); // expect: command-injection
        return $out;
    }

    public function duration(string $file): string
    {
        return `ffprobe -show_entries format=duration $file`; // expect: command-injection
    }
}
