<?php

namespace App\Http\Controllers;

use App\Models\Report;
use Illuminate\Http\Request;

class ReportFilterController extends Controller
{
    public function apply(Request $request)
    {
        $saved = $request->cookie('report_filters');
        $filters = $saved ? unserialize($saved) : []; // expect: unsafe-deserialization
        $query = Report::query();
        foreach ((array) $filters as $column => $value) {
            if (in_array($column, ['status', 'owner_id'], true)) {
                $query->where($column, $value);
            }
        }
        return view('reports.index', ['reports' => $query->paginate(25)]);
    }
}
