<?php

// Bref function subscribed to the "signups" SQS queue: e-mails a verification code.
require __DIR__ . '/vendor/autoload.php';

use Bref\Context\Context;
use Bref\Event\Sqs\SqsEvent;
use Bref\Event\Sqs\SqsHandler;

class SendVerificationCode extends SqsHandler
{
    public function __construct(private \PDO $db, private \Symfony\Component\Mailer\MailerInterface $mailer)
    {
    }

    public function handleSqs(SqsEvent $event, Context $context): void
    {
        foreach ($event->getRecords() as $record) {
            $signup = json_decode($record->getBody(), true);
            $code = (string) rand(100000, 999999); // expect: insecure-random
            $stmt = $this->db->prepare('UPDATE signups SET code = ?, code_expires = NOW() + INTERVAL 15 MINUTE WHERE id = ?');
            $stmt->execute([$code, (int) $signup['id']]);
            $this->mailer->send(
                (new \Symfony\Component\Mime\Email())
                    ->to($signup['email'])
                    ->subject('Your verification code')
                    ->text("Your code is {$code}")
            );
        }
    }
}

return new SendVerificationCode(new \PDO(getenv('DSN')), require __DIR__ . '/mailer.php');
