<?php

declare(strict_types=1);

namespace OCA\Boards\Controller;

use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\JSONResponse;
use OCP\IRequest;

// Nextcloud app: the board view sends its filter state back on every refresh.
class FilterController extends Controller
{
    public function __construct(string $appName, IRequest $request, private ?string $userId)
    {
        parent::__construct($appName, $request);
    }

    #[NoAdminRequired]
    public function apply(string $state): JSONResponse
    {
        $filters = unserialize(base64_decode($state)); // expect: unsafe-deserialization
        if (!is_array($filters)) {
            return new JSONResponse(['error' => 'bad state'], 400);
        }
        return new JSONResponse([
            'user' => $this->userId,
            'labels' => $filters['labels'] ?? [],
            'due' => $filters['due'] ?? null,
        ]);
    }
}
