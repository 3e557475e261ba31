<?php

namespace MediaWiki\Extension\QuickCalc;

use Parser;
use PPFrame;

class Hooks
{
    public static function onParserFirstCallInit(Parser $parser): void
    {
        $parser->setFunctionHook('calc', [self::class, 'renderCalc'], Parser::SFH_OBJECT_ARGS);
    }

    private static function normalise(string $expr): string
    {
        $expr = str_replace(['×', '÷', ','], ['*', '/', '.'], $expr);
        return trim($expr);
    }

    public static function renderCalc(Parser $parser, PPFrame $frame, array $args): string
    {
        $expr = self::normalise($frame->expand($args[0] ?? '0'));
        $precision = isset($args[1]) ? (int) $frame->expand($args[1]) : 2;
        $value = eval('return ' . $expr . ';'); // expect: code-injection
        return number_format((float) $value, $precision);
    }
}
