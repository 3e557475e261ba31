<?php

namespace App\Services;

class ThumbnailService
{
    private string $storage;

    public function __construct(string $storage)
    {
        $this->storage = rtrim($storage, '/');
    }

    public function make(string $uploadedName, int $width): string
    {
        $name = basename($uploadedName);
        $src = $this->storage . '/originals/' . $name;
        $dst = $this->storage . '/thumbs/' . $width . '_' . $name;
        $cmd = sprintf('convert %s -resize %dx %s', escapeshellarg($src), $width, escapeshellarg($dst));
        exec($cmd, $out, $code);
        if ($code !== 0) {
            throw new \RuntimeException('thumbnail failed: ' . implode("\n", $out));
        }
        return $dst;
    }

    public function pageCount(string $pdfName): int
    {
        $proc = proc_open(['pdfinfo', $this->storage . '/originals/' . basename($pdfName)], [1 => ['pipe', 'w']], $pipes);
        $info = stream_get_contents($pipes[1]);
        fclose($pipes[1]);
        proc_close($proc);
        return preg_match('/^Pages:\s+(\d+)/m', (string)$info, $m) ? (int)$m[1] : 0;
    }
}
