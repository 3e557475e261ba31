<?php

class OrdersController extends BaseController
{
    public function search()
    {
        $app = Factory::getApplication();
        $status = $app->input->get->getString('status');
        $db = Factory::getDbo();
        $query = $db->getQuery(true)
            ->select('*')
            ->from('#__orders')
            ->where('status = :status')
            ->bind(':status', $status);
        $db->setQuery($query);
        return $db->loadObjectList();
    }
}

class StockModuleFrontController extends ModuleFrontController
{
    private const ORDER = ['name' => 'p.name', 'qty' => 'sa.quantity'];

    public function initContent()
    {
        $sort = self::ORDER[Tools::getValue('sort')] ?? 'p.name';
        $rows = Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . 'stock ORDER BY ' . $sort);
        $this->context->smarty->assign(['rows' => $rows]);
    }
}
