<?php

namespace App\Models;

use CodeIgniter\Model;

class NewsModel extends Model
{
    protected $table = 'news';
    protected $allowedFields = ['title', 'slug', 'body'];

    public function bySlug(string $slug): ?array
    {
        $row = $this->db->query('SELECT * FROM news WHERE slug = ? LIMIT 1', [$slug])->getRowArray();

        return $row ?: null;
    }

    public function latest(string $category, int $limit): array
    {
        return $this->db->table('news')
            ->where('category', $category)
            ->orderBy('created_at', 'DESC')
            ->limit(max(1, min($limit, 50)))
            ->get()
            ->getResultArray();
    }
}
