<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class VideoController extends AbstractController
{
    #[Route('/videos/{id}/thumbnail', methods: ['POST'])]
    public function thumbnail(int $id, Request $request): JsonResponse
    {
        $at = $request->request->get('at', '00:00:01');
        $src = $this->getParameter('upload_dir') . "/$id.mp4";
        $out = $this->getParameter('public_dir') . "/thumbs/$id.jpg";
        $cmd = sprintf('ffmpeg -y -ss %s -i %s -frames:v 1 %s', $at, $src, $out);
        exec($cmd, $output, $status); // expect: command-injection

        $size = $request->query->get('size', '320x180');
        passthru("convert $out -resize $size $out"); // expect: command-injection

        return new JsonResponse(['ok' => $status === 0]);
    }
}
