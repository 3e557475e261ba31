<?php
namespace App\Http;

class InvoiceController extends Controller
{
    public function byCustomer(string $customer)
    {
        $rows = $this->store->fetchRows('SELECT id, total FROM invoices WHERE customer = ?', [$customer]);
        $this->logger->debug("SELECT invoices for $customer");
        Ledger::statement('DELETE FROM drafts WHERE customer = :c', ['c' => $customer]);
        return $this->json($rows);
    }
}
