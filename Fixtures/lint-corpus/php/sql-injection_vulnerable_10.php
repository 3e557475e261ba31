<?php
// GraphQL: the query's arguments reach the resolvers.
$userType = [
    'name' => 'Query',
    'fields' => [
        'user' => [
            'args' => ['id' => Type::string()],
            'resolve' => function ($root, array $args) use ($pdo) {
                return $pdo->query("SELECT id, name FROM users WHERE id = " . $args['id'])->fetch(); // expect: sql-injection
            },
        ],
    ],
];

final class UsersByName
{
    public function __invoke($_, array $args)
    {
        return DB::select("SELECT id FROM users WHERE name = '" . $args['name'] . "'"); // expect: sql-injection
    }
}
