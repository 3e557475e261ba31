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
        $salt = bin2hex(random_bytes(8));
        $hash = hash('sha512', $salt . $password); // expect: weak-password-hash
        $stmt = $this->db->prepare('UPDATE staff SET pw_salt = ?, pw_hash = ? WHERE login = ?');
        $stmt->execute([$salt, $hash, $login]);
        $output->writeln('Password updated.');
        return Command::SUCCESS;
    }
}
