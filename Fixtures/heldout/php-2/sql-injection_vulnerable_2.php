<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    public function sales(Request $request)
    {
        $from = $request->input('from');
        $region = $request->query('region', 'EU');

        $rows = DB::table('orders')
            ->selectRaw('DATE(created_at) AS day, SUM(total) AS revenue')
            ->whereRaw("created_at >= '$from'") // expect: sql-injection
            ->groupBy('day')
            ->orderByRaw($request->input('order', 'day ASC')) // expect: sql-injection
            ->get();

        DB::statement('UPDATE report_stats SET last_region = "' . $region . '" WHERE id = 1'); // expect: sql-injection

        return response()->json($rows);
    }
}
