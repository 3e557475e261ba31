<?php

declare(strict_types=1);

namespace Shop\GraphQL;

use Aura\Sql\ExtendedPdo;
use GraphQL\Type\Definition\ObjectType;
use GraphQL\Type\Definition\Type;

final class ProductResolvers
{
    public function __construct(private ExtendedPdo $pdo)
    {
    }

    private function where(array $args): string
    {
        $parts = ['p.deleted_at IS NULL'];
        if (!empty($args['brand'])) {
            $parts[] = "p.brand = '" . $args['brand'] . "'";
        }
        if (!empty($args['search'])) {
            $parts[] = "p.name LIKE '%{$args['search']}%'";
        }
        return implode(' AND ', $parts);
    }

    public function products($root, array $args): array
    {
        $sql = 'SELECT p.id, p.name, p.brand, p.price FROM products p WHERE ' . $this->where($args)
            . ' ORDER BY ' . ($args['orderBy'] ?? 'p.name');
        return $this->pdo->fetchAll($sql); // expect: sql-injection
    }

    public function renameBrand($root, array $args): bool
    {
        $this->pdo->perform( // expect: sql-injection
            "UPDATE products SET brand = '{$args['to']}' WHERE brand = '{$args['from']}'"
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
