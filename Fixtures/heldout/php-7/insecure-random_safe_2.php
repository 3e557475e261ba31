<?php

// Bref function subscribed to the "signups" SQS queue: e-mails a verification code.
require __DIR__ . '/vendor/autoload.php';

use Bref\Context\Context;
use Bref\Event\Sqs\SqsEvent;
use Bref\Event\Sqs\SqsHandler;

class SendVerificationCode extends SqsHandler
{
    private const GREETINGS = ['Hi', 'Hello', 'Welcome'];

    public function __construct(private \PDO $db, private \Symfony\Component\Mailer\MailerInterface $mailer)
    {
    }

    public function handleSqs(SqsEvent $event, Context $context): void
    {
        foreach ($event->getRecords() as $record) {
            $signup = json_decode($record->getBody(), true);
            $code = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
            $stmt = $this->db->prepare('UPDATE signups SET code = ?, code_expires = NOW() + INTERVAL 15 MINUTE WHERE id = ?');
            $stmt->execute([$code, (int) $signup['id']]);
            // Only the greeting varies between mails; it is not a secret.
            $greeting = self::GREETINGS[mt_rand(0, count(self::GREETINGS) - 1)];
            $this->mailer->send(
                (new \Symfony\Component\Mime\Email())
                    ->to($signup['email'])
                    ->subject('Your verification code')
                    ->text("{$greeting}, your code is {$code}")
            );
        }
    }
}

return new SendVerificationCode(new \PDO(getenv('DSN')), require __DIR__ . '/mailer.php');
