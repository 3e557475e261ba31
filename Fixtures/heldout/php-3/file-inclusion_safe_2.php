<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ReportExportController extends Controller
{
    private const EXPORTERS = [
        'csv' => 'CsvExporter.php',
        'json' => 'JsonExporter.php',
    ];

    public function export(Request $request)
    {
        $file = self::EXPORTERS[$request->input('format', 'csv')] ?? null;
        abort_if($file === null, 422, 'unknown format');
        $exporter = require app_path('Exporters/' . $file);
        $rows = \DB::table('orders')->where('status', 'paid')->get();
        return response($exporter($rows))->header('Content-Type', 'text/plain');
    }
}
