<?php
$userType = [
    'name' => 'Query',
    'fields' => [
        'user' => [
            'args' => ['id' => Type::string()],
            'resolve' => function ($root, array $args) use ($pdo) {
                $stmt = $pdo->prepare('SELECT id, name FROM users WHERE id = ?');
                $stmt->execute([$args['id']]);
                return $stmt->fetch();
            },
        ],
    ],
];

final class UsersByName
{
    public function __invoke($_, array $args)
    {
        return DB::select('SELECT id FROM users WHERE name = ?', [$args['name']]);
    }
}
