<?php
namespace App\Http;

class ExportController extends Controller
{
    public function download(string $name)
    {
        return $this->files->streamFile('/srv/exports/' . $name); // expect: path-traversal
    }
}
