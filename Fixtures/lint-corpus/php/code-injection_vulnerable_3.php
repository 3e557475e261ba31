<?php

class ReportController extends Controller
{
    // The action and the sort callback are named by the query string.
    public function run()
    {
        $action = $_GET['action'] ?? 'summary';
        $rows = $this->{$action . 'Rows'}();
        $order = $_GET['order'];
        usort($rows, $order); // expect: code-injection
        $handler = $_GET['handler'];
        return $this->$handler($rows); // expect: code-injection
    }
}
