<?php

namespace App\Models;

use CodeIgniter\Model;

class NewsModel extends Model
{
    protected $table = 'news';
    protected $allowedFields = ['title', 'slug', 'body'];

    public function bySlug(string $slug): ?array
    {
        $row = $this->db->query("SELECT * FROM news WHERE slug = '$slug' LIMIT 1")->getRowArray(); // expect: sql-injection

        return $row ?: null;
    }
}

// app/Controllers/News.php
namespace App\Controllers;

use App\Models\NewsModel;
use CodeIgniter\Exceptions\PageNotFoundException;

class News extends BaseController
{
    public function show(string $slug = '')
    {
        $model = model(NewsModel::class);
        $item = $model->bySlug($this->request->getGet('preview') ?? $slug);
        if ($item === null) {
            throw PageNotFoundException::forPageNotFound('No article ' . esc($slug));
        }

        return view('news/view', ['news' => $item]);
    }
}
