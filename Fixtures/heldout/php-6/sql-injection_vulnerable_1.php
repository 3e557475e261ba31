<?php
declare(strict_types=1);

namespace Acme\StockApi\Controller\Index;

use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\App\ResourceConnection;
use Magento\Framework\Controller\Result\JsonFactory;

class Lookup implements HttpGetActionInterface
{
    public function __construct(
        private RequestInterface $request,
        private ResourceConnection $resource,
        private JsonFactory $jsonFactory
    ) {
    }

    private function stockSql(string $sku, string $source): string
    {
        $table = $this->resource->getTableName('inventory_source_item');
        $sql = "SELECT sku, source_code, quantity FROM {$table} WHERE sku = '{$sku}'";
        if ($source !== '') {
            $sql .= " AND source_code = '" . $source . "'";
        }
        return $sql;
    }

    public function execute()
    {
        $sku = (string) $this->request->getParam('sku');
        $source = (string) $this->request->getParam('source', '');
        $connection = $this->resource->getConnection();
        $rows = $connection->fetchAll($this->stockSql($sku, $source)); // expect: sql-injection

        $connection->query( // expect: sql-injection
            "UPDATE acme_stock_lookup SET hits = hits + 1 WHERE sku = '" . $sku . "'"
        );

        return $this->jsonFactory->create()->setData(['items' => $rows]);
    }
}
