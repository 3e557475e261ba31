<?php
// A Ratchet WebSocket server: every frame a browser sends reaches onMessage.
final class Board implements MessageComponentInterface
{
    public function onMessage(ConnectionInterface $from, $msg)
    {
        $move = unserialize($msg); // expect: unsafe-deserialization
        $this->apply($move);
    }
}
