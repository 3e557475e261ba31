<?php

namespace App\Libraries;

/**
 * Minimal PHP template renderer used by the mailer; templates get only the
 * variables the calling code passes in.
 */
final class MailTemplate
{
    public function __construct(private readonly string $dir)
    {
    }

    public function render(string $name, array $vars): string
    {
        $file = $this->dir . '/' . basename($name) . '.php';
        if (!is_file($file)) {
            throw new \RuntimeException("mail template $name not found");
        }
        $render = static function (string $__file, array $__vars): string {
            extract($__vars, EXTR_SKIP);
            ob_start();
            include $__file;
            return (string) ob_get_clean();
        };

        return $render($file, $vars);
    }

    public function welcome(string $email, string $list): string
    {
        return $this->render('welcome', ['email' => $email, 'list' => $list, 'year' => date('Y')]);
    }
}
