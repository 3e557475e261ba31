<?php

namespace App\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:seed', description: 'Load a fixture set into the database')]
class SeedCommand extends Command
{
    private const SETS = [
        'demo' => 'demo.php',
        'empty' => 'empty.php',
        'load-test' => 'load_test.php',
    ];

    protected function configure(): void
    {
        $this->addArgument('set', InputArgument::REQUIRED, 'fixture set name');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $set = $input->getArgument('set');
        if (!isset(self::SETS[$set])) {
            $output->writeln('<error>Unknown set; choose one of ' . implode(', ', array_keys(self::SETS)) . '</error>');
            return Command::INVALID;
        }
        $rows = require dirname(__DIR__, 2) . '/fixtures/' . self::SETS[$set];
        $output->writeln(sprintf('Loaded %d rows from %s', count($rows), $set));
        return Command::SUCCESS;
    }
}
