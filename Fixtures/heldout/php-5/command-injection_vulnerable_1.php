<?php
// Network tools page of the hosting control panel (Fat-Free Framework).

require __DIR__ . '/vendor/autoload.php';

$f3 = \Base::instance();
$f3->config(__DIR__ . '/config.ini');

class NetTools
{
    public function whois(\Base $f3): void
    {
        $domain = trim((string) $f3->get('GET.domain'));
        $output = shell_exec('whois ' . $domain . ' 2>&1'); // expect: command-injection
        $f3->set('output', (string) $output);
        echo \Template::instance()->render('tools/result.htm');
    }

    public function ping(\Base $f3): void
    {
        $host = $f3->get('POST.host');
        $count = $f3->get('POST.count') ?: '3';
        ob_start();
        system("ping -c {$count} -W 2 {$host}"); // expect: command-injection
        $f3->set('output', ob_get_clean());
        echo \Template::instance()->render('tools/result.htm');
    }
}

$f3->route('GET /tools/whois', 'NetTools->whois');
$f3->route('POST /tools/ping', 'NetTools->ping');
$f3->run();
