<?php

declare(strict_types=1);

namespace Shop\GraphQL;

use Aura\Sql\ExtendedPdo;
use GraphQL\Type\Definition\ObjectType;
use GraphQL\Type\Definition\Type;

final class ProductResolvers
{
    private const ORDER = [
        'NAME' => 'p.name',
        'PRICE_ASC' => 'p.price ASC',
        'PRICE_DESC' => 'p.price DESC',
    ];

    public function __construct(private ExtendedPdo $pdo)
    {
    }

    public function products($root, array $args): array
    {
        $parts = ['p.deleted_at IS NULL'];
        $bind = [];
        if (!empty($args['brand'])) {
            $parts[] = 'p.brand = :brand';
            $bind['brand'] = $args['brand'];
        }
        if (!empty($args['search'])) {
            $parts[] = 'p.name LIKE :search';
            $bind['search'] = '%' . $args['search'] . '%';
        }
        $order = self::ORDER[$args['orderBy'] ?? 'NAME'] ?? self::ORDER['NAME'];
        $sql = 'SELECT p.id, p.name, p.brand, p.price FROM products p WHERE ' . implode(' AND ', $parts)
            . ' ORDER BY ' . $order;
        return $this->pdo->fetchAll($sql, $bind);
    }

    public function renameBrand($root, array $args): bool
    {
        $this->pdo->perform(
            'UPDATE products SET brand = :to WHERE brand = :from',
            ['to' => $args['to'], 'from' => $args['from']]
        );
        return true;
    }

    public function mutationType(): ObjectType
    {
        return new ObjectType([
            'name' => 'Mutation',
            'fields' => [
                'renameBrand' => [
                    'type' => Type::boolean(),
                    'args' => ['from' => Type::string(), 'to' => Type::string()],
                    'resolve' => [$this, 'renameBrand'],
                ],
            ],
        ]);
    }
}
