<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    public function sales(Request $request)
    {
        $from = $request->input('from');
        $to = $request->input('to');

        $rows = DB::select("SELECT day, SUM(total) AS total FROM orders WHERE day BETWEEN '$from' AND '$to' GROUP BY day"); // expect: sql-injection

        return view('reports.sales', ['rows' => $rows]);
    }

    public function customers(Request $request)
    {
        $country = $request->query('country', 'DE');

        $customers = DB::table('customers')
            ->whereRaw("country = '" . $country . "'") // expect: sql-injection
            ->orderBy('name')
            ->get();

        return response()->json($customers);
    }

    public function purge(Request $request, \PDO $pdo)
    {
        $days = $request->input('older_than');
        $count = $pdo->exec("DELETE FROM audit_log WHERE created_at < NOW() - INTERVAL $days DAY"); // expect: sql-injection

        return response()->json(['deleted' => $count]);
    }
}
