<?php
// Network tools page of the hosting control panel (Fat-Free Framework).

require __DIR__ . '/vendor/autoload.php';

$f3 = \Base::instance();
$f3->config(__DIR__ . '/config.ini');

class NetTools
{
    public function whois(\Base $f3): void
    {
        $domain = filter_var(trim((string) $f3->get('GET.domain')), FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME);
        if ($domain === false || str_starts_with($domain, '-')) {
            $f3->error(400, 'Not a domain name');
            return;
        }
        $output = shell_exec('whois ' . escapeshellarg($domain) . ' 2>&1');
        $f3->set('output', (string) $output);
        echo \Template::instance()->render('tools/result.htm');
    }

    public function ping(\Base $f3): void
    {
        $host = (string) $f3->get('POST.host');
        $count = max(1, min(10, (int) $f3->get('POST.count')));
        if (filter_var($host, FILTER_VALIDATE_IP) === false) {
            $f3->error(400, 'Not an IP address');
            return;
        }
        $proc = proc_open(['ping', '-c', (string) $count, '-W', '2', $host], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        if (!is_resource($proc)) {
            $f3->error(500);
            return;
        }
        $f3->set('output', stream_get_contents($pipes[1]));
        proc_close($proc);
        echo \Template::instance()->render('tools/result.htm');
    }
}

$f3->route('GET /tools/whois', 'NetTools->whois');
$f3->route('POST /tools/ping', 'NetTools->ping');
$f3->run();
