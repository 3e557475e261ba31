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

    public function execute()
    {
        $sku = (string) $this->request->getParam('sku');
        $source = (string) $this->request->getParam('source', '');
        $connection = $this->resource->getConnection();

        $select = $connection->select()
            ->from($this->resource->getTableName('inventory_source_item'), ['sku', 'source_code', 'quantity'])
            ->where('sku = ?', $sku);
        if ($source !== '') {
            $select->where('source_code = ?', $source);
        }
        $rows = $connection->fetchAll($select);

        $connection->query(
            'UPDATE acme_stock_lookup SET hits = hits + 1 WHERE sku = ?',
            [$sku]
        );

        return $this->jsonFactory->create()->setData(['items' => $rows]);
    }
}
