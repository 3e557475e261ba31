<?php
namespace App\Http;

class ExportController extends Controller
{
    public function download(string $name)
    {
        $cached = $this->cache->get('exports/' . $name);
        return $cached ?? $this->files->streamFile('/srv/exports/' . basename($name));
    }
}
