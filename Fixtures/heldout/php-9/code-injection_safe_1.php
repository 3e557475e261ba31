<?php

namespace MediaWiki\Extension\QuickCalc;

use Parser;
use PPFrame;
use Symfony\Component\ExpressionLanguage\ExpressionLanguage;
use Symfony\Component\ExpressionLanguage\SyntaxError;

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
        if (!preg_match('/^[0-9.+\-*\/() ]+$/', $expr)) {
            return '<span class="error">calc: only numbers and + - * / ( )</span>';
        }
        try {
            $value = (new ExpressionLanguage())->evaluate($expr);
        } catch (SyntaxError $e) {
            return '<span class="error">calc: syntax error</span>';
        }
        return number_format((float) $value, $precision);
    }
}
