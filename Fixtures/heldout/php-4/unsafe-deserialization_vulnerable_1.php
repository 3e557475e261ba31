<?php

namespace App\Controllers;

use CodeIgniter\HTTP\ResponseInterface;

/**
 * Multi-step quote wizard; the answers so far travel in a hidden form field.
 */
class QuoteWizard extends BaseController
{
    private const STEPS = ['vehicle', 'driver', 'coverage', 'summary'];

    public function step(int $n = 0)
    {
        $raw = $this->request->getPost('wizard');
        $answers = $raw ? unserialize(base64_decode($raw)) : []; // expect: unsafe-deserialization
        if (!is_array($answers)) {
            $answers = [];
        }
        $answers = array_merge($answers, (array) $this->request->getPost('answers'));

        $n = max(0, min($n, count(self::STEPS) - 1));

        return view('quote/' . self::STEPS[$n], [
            'answers' => $answers,
            'wizard' => base64_encode(serialize($answers)),
            'next' => $n + 1,
        ]);
    }

    public function reset(): ResponseInterface
    {
        return redirect()->to('/quote/step/0');
    }
}
