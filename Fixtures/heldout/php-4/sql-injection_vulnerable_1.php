<?php

namespace App\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class ArticleController extends AbstractController
{
    public function __construct(private readonly Connection $conn)
    {
    }

    #[Route('/api/articles', methods: ['GET'])]
    public function search(Request $request): JsonResponse
    {
        $q = trim((string) $request->query->get('q', ''));
        $sql = "SELECT id, title, published_at FROM article WHERE title LIKE '%" . $q . "%'";
        $rows = $this->conn->fetchAllAssociative($sql . ' ORDER BY published_at DESC LIMIT 20'); // expect: sql-injection

        return $this->json($rows);
    }

    #[Route('/api/articles/bulk-archive', methods: ['POST'])]
    public function archive(Request $request): JsonResponse
    {
        $ids = $request->request->all('ids');
        if ($ids === []) {
            return $this->json(['archived' => 0]);
        }
        $count = $this->conn->executeStatement( // expect: sql-injection
            'UPDATE article SET archived = 1 WHERE id IN (' . implode(',', $ids) . ')'
        );

        return $this->json(['archived' => $count]);
    }
}
