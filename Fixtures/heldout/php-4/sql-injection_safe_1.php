<?php

namespace App\Controller;

use Doctrine\DBAL\ArrayParameterType;
use Doctrine\DBAL\Connection;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class ArticleController extends AbstractController
{
    private const SORTS = ['newest' => 'published_at DESC', 'title' => 'title ASC'];

    public function __construct(private readonly Connection $conn)
    {
    }

    #[Route('/api/articles', methods: ['GET'])]
    public function search(Request $request): JsonResponse
    {
        $q = trim((string) $request->query->get('q', ''));
        $order = self::SORTS[$request->query->get('sort', 'newest')] ?? self::SORTS['newest'];
        $qb = $this->conn->createQueryBuilder()
            ->select('id', 'title', 'published_at')
            ->from('article')
            ->where('title LIKE :q')
            ->setParameter('q', '%' . addcslashes($q, '%_') . '%')
            ->orderBy(...explode(' ', $order))
            ->setMaxResults(20);

        return $this->json($qb->executeQuery()->fetchAllAssociative());
    }

    #[Route('/api/articles/bulk-archive', methods: ['POST'])]
    public function archive(Request $request): JsonResponse
    {
        $ids = array_map('intval', $request->request->all('ids'));
        $count = $this->conn->executeStatement(
            'UPDATE article SET archived = 1 WHERE id IN (:ids)',
            ['ids' => $ids],
            ['ids' => ArrayParameterType::INTEGER]
        );

        return $this->json(['archived' => $count]);
    }
}
