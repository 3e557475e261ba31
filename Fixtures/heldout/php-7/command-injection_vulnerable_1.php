<?php

namespace NetTools;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

// WebSocket endpoint behind the NOC dashboard's "diagnose" panel.
class DiagnoseSocket implements MessageComponentInterface
{
    public function onOpen(ConnectionInterface $conn): void
    {
        $conn->send(json_encode(['ready' => true]));
    }

    public function onMessage(ConnectionInterface $from, $msg): void
    {
        $data = json_decode($msg, true) ?: [];
        $host = $data['host'] ?? '';
        if (($data['tool'] ?? '') === 'ping') {
            $out = shell_exec('ping -c 3 ' . $host . ' 2>&1'); // expect: command-injection
            $from->send(json_encode(['tool' => 'ping', 'output' => $out]));
            return;
        }
        $proc = proc_open("dig +short {$host} {$data['type']}", [1 => ['pipe', 'w']], $pipes); // expect: command-injection
        if (is_resource($proc)) {
            $from->send(json_encode(['tool' => 'dig', 'output' => stream_get_contents($pipes[1])]));
            fclose($pipes[1]);
            proc_close($proc);
        }
    }

    public function onClose(ConnectionInterface $conn): void
    {
    }

    public function onError(ConnectionInterface $conn, \Exception $e): void
    {
        $conn->close();
    }
}
