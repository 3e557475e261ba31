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
        $src = $this->storage . '/originals/' . $uploadedName;
        $dst = $this->storage . '/thumbs/' . $width . '_' . $uploadedName;
        exec("convert '$src' -resize {$width}x '$dst'", $out, $code); // expect: command-injection
        if ($code !== 0) {
            throw new \RuntimeException('thumbnail failed: ' . implode("\n", $out));
        }
        return $dst;
    }

    public function pageCount(string $pdfName): int
    {
        $info = `pdfinfo {$this->storage}/originals/$pdfName`; // expect: command-injection
        if (preg_match('/^Pages:\s+(\d+)/m', (string)$info, $m)) {
            return (int)$m[1];
        }
        return 0;
    }

    public function archive(string $label): void
    {
        passthru("tar czf /backups/$label.tgz " . $this->storage); // expect: command-injection
    }
}
