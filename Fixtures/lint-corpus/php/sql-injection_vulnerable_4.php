<?php
// Fat-Free route handler and a PrestaShop module controller.

$f3->route('GET /search', function ($f3) {
    $term = $f3->get('GET.q');
    $rows = $f3->get('DB')->exec("SELECT id, title FROM posts WHERE title LIKE '%" . $term . "%'"); // expect: sql-injection
    $f3->set('rows', $rows);
    $f3->reroute('/results');
});

class StockModuleFrontController extends ModuleFrontController
{
    public function initContent()
    {
        $ref = Tools::getValue('reference');
        $row = $this->db->query("SELECT quantity FROM ps_stock WHERE reference = '$ref'"); // expect: sql-injection
        $this->context->smarty->assign('stock', $row);
        parent::initContent();
    }
}
