<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    private const ORDERS = ['day_asc' => 'day ASC', 'day_desc' => 'day DESC', 'revenue' => 'revenue DESC'];

    public function sales(Request $request)
    {
        $validated = $request->validate(['from' => 'required|date', 'region' => 'in:EU,US,APAC']);
        $order = self::ORDERS[$request->input('order')] ?? 'day ASC';

        $rows = DB::table('orders')
            ->selectRaw('DATE(created_at) AS day, SUM(total) AS revenue')
            ->whereRaw('created_at >= ?', [$validated['from']])
            ->groupBy('day')
            ->orderByRaw($order)
            ->get();

        DB::update('UPDATE report_stats SET last_region = ? WHERE id = 1', [$validated['region'] ?? 'EU']);

        return response()->json($rows);
    }
}
