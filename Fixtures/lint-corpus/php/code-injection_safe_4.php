<?php
// Generated code: the pieces are the library's own, the values numbers it computed.
final class Reducer
{
    public static function compile(array $steps): callable
    {
        $body = '';
        foreach ($steps as $step) {
            $body .= '$n = ' . $step . ';';
        }
        eval('$func = function ($n) { ' . $body . ' return $n; };');
        return $func;
    }

    public static function fromBits(string $bits): int
    {
        return eval('return 0b' . $bits . ';');
    }
}
