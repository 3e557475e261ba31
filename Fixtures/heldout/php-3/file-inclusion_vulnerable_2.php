<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ReportExportController extends Controller
{
    public function export(Request $request)
    {
        $format = $request->input('format', 'csv');
        $exporter = require base_path("app/Exporters/{$format}.php"); // expect: file-inclusion
        $rows = \DB::table('orders')->where('status', 'paid')->get();
        return response($exporter($rows))->header('Content-Type', 'text/plain');
    }
}
