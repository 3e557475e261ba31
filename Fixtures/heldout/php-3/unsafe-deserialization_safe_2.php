<?php

namespace App\Http\Controllers;

use App\Models\Report;
use Illuminate\Http\Request;

class ReportFilterController extends Controller
{
    public function apply(Request $request)
    {
        $saved = $request->cookie('report_filters');
        $filters = $saved ? json_decode($saved, true, 4, JSON_THROW_ON_ERROR) : [];
        $query = Report::query();
        foreach ((array) $filters as $column => $value) {
            if (in_array($column, ['status', 'owner_id'], true) && is_scalar($value)) {
                $query->where($column, $value);
            }
        }
        return view('reports.index', ['reports' => $query->paginate(25)])
            ->withCookie(cookie('report_filters', json_encode($filters), 60 * 24 * 30));
    }
}
