<?php

namespace App\Presenters;

use App\Model\UserRepository;
use Nette\Application\UI\Form;
use Nette\Application\UI\Presenter;
use Nette\Mail\Mailer;
use Nette\Mail\Message;

final class PasswordResetPresenter extends Presenter
{
    public function __construct(private UserRepository $users, private Mailer $mailer)
    {
        parent::__construct();
    }

    private function resetToken(): string
    {
        $alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
        $token = '';
        for ($i = 0; $i < 32; $i++) {
            $token .= $alphabet[random_int(0, strlen($alphabet) - 1)];
        }
        return $token;
    }

    protected function createComponentRequestForm(): Form
    {
        $form = new Form();
        $form->addEmail('email', 'E-mail')->setRequired();
        $form->addSubmit('send', 'Send reset link');
        $form->onSuccess[] = function (Form $form, \stdClass $values): void {
            $user = $this->users->findByEmail($values->email);
            if ($user !== null) {
                $token = $this->resetToken();
                $this->users->storeResetToken($user->id, hash('sha256', $token), new \DateTimeImmutable('+1 hour'));
                $mail = (new Message())->addTo($values->email)->setSubject('Password reset')
                    ->setBody($this->link('//PasswordReset:confirm', ['token' => $token]));
                $this->mailer->send($mail);
            }
            $this->flashMessage('If the address is known, a link is on its way.');
            $this->redirect('this');
        };
        return $form;
    }
}
