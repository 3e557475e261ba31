<?php

namespace App\Controllers;

/**
 * Multi-step quote wizard; the answers so far travel in a hidden field as JSON.
 */
class QuoteWizard extends BaseController
{
    private const STEPS = ['vehicle', 'driver', 'coverage', 'summary'];

    public function step(int $n = 0)
    {
        $raw = (string) $this->request->getPost('wizard');
        try {
            $answers = $raw === '' ? [] : json_decode(base64_decode($raw), true, 8, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            log_message('notice', 'quote wizard state rejected: ' . $e->getMessage());
            $answers = [];
        }
        $answers = array_merge(is_array($answers) ? $answers : [], (array) $this->request->getPost('answers'));
        $n = max(0, min($n, count(self::STEPS) - 1));

        return view('quote/' . self::STEPS[$n], [
            'answers' => $answers,
            'wizard' => base64_encode(json_encode($answers)),
            'next' => $n + 1,
        ]);
    }
}
