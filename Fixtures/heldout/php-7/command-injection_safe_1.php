<?php

namespace NetTools;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

// WebSocket endpoint behind the NOC dashboard's "diagnose" panel.
class DiagnoseSocket implements MessageComponentInterface
{
    private const RECORD_TYPES = ['A', 'AAAA', 'MX', 'TXT', 'NS'];

    public function onOpen(ConnectionInterface $conn): void
    {
        $conn->send(json_encode(['ready' => true]));
    }

    public function onMessage(ConnectionInterface $from, $msg): void
    {
        $data = json_decode($msg, true) ?: [];
        $host = (string) ($data['host'] ?? '');
        if (filter_var($host, FILTER_VALIDATE_IP) === false
            && filter_var($host, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME) === false) {
            $from->send(json_encode(['error' => 'invalid host']));
            return;
        }
        if (($data['tool'] ?? '') === 'ping') {
            $out = shell_exec('ping -c 3 ' . escapeshellarg($host) . ' 2>&1');
            $from->send(json_encode(['tool' => 'ping', 'output' => $out]));
            return;
        }
        $type = in_array($data['type'] ?? 'A', self::RECORD_TYPES, true) ? $data['type'] ?? 'A' : 'A';
        $proc = proc_open(['dig', '+short', $host, $type], [1 => ['pipe', 'w']], $pipes);
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
