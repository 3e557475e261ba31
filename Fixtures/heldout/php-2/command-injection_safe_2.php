<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Annotation\Route;

class VideoController extends AbstractController
{
    #[Route('/videos/{id}/thumbnail', methods: ['POST'])]
    public function thumbnail(int $id, Request $request): JsonResponse
    {
        $at = $request->request->get('at', '00:00:01');
        if (!preg_match('/^\d{2}:\d{2}:\d{2}$/', $at)) {
            return new JsonResponse(['error' => 'bad timestamp'], 400);
        }
        $src = $this->getParameter('upload_dir') . "/$id.mp4";
        $out = $this->getParameter('public_dir') . "/thumbs/$id.jpg";
        $process = new Process(['ffmpeg', '-y', '-ss', $at, '-i', $src, '-frames:v', '1', $out]);
        $process->run();

        return new JsonResponse(['ok' => $process->isSuccessful()]);
    }
}
