<?php
namespace App\Http;

class InvoiceController extends Controller
{
    public function byCustomer(string $customer)
    {
        $rows = $this->store->fetchRows("SELECT id, total FROM invoices WHERE customer = '$customer'"); // expect: sql-injection
        $purge = "DELETE FROM drafts WHERE customer = '" . $customer . "'";
        Ledger::statement($purge); // expect: sql-injection
        return $this->json($rows);
    }
}
