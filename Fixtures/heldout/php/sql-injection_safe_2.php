<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    public function sales(Request $request)
    {
        $rows = DB::select(
            'SELECT day, SUM(total) AS total FROM orders WHERE day BETWEEN ? AND ? GROUP BY day',
            [$request->input('from'), $request->input('to')]
        );

        return view('reports.sales', ['rows' => $rows]);
    }

    public function customers(Request $request)
    {
        $sortable = ['name', 'created_at', 'country'];
        $sort = in_array($request->query('sort'), $sortable, true) ? $request->query('sort') : 'name';

        $customers = DB::table('customers')
            ->whereRaw('country = ?', [$request->query('country', 'DE')])
            ->orderBy($sort)
            ->get();

        return response()->json($customers);
    }

    public function purge(Request $request, \PDO $pdo)
    {
        $stmt = $pdo->prepare('DELETE FROM audit_log WHERE created_at < NOW() - INTERVAL :days DAY');
        $stmt->execute(['days' => (int)$request->input('older_than', 90)]);

        return response()->json(['deleted' => $stmt->rowCount()]);
    }
}
