<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Response;

class ProfileController extends AbstractController
{
    // A route parameter of a controller action, pasted into the page.
    public function show(string $username): Response
    {
        $response = new Response();
        $response->setContent('<h2>Profile of ' . $username . '</h2>'); // expect: xss
        return $response;
    }
}
