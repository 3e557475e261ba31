<?php

namespace MediaWiki\Extension\Calc;

use MediaWiki\Hook\ParserFirstCallInitHook;
use Parser;

// {{#calc: 2 * (3 + 4)}} in wiki pages, evaluated by a small shunting-yard parser, never by PHP.
class Hooks implements ParserFirstCallInitHook
{
    private const PRECEDENCE = ['+' => 1, '-' => 1, '*' => 2, '/' => 2];

    public function onParserFirstCallInit($parser)
    {
        $parser->setFunctionHook('calc', [self::class, 'renderCalc']);
    }

    public static function renderCalc(Parser $parser, string $expression = ''): string
    {
        if (!preg_match_all('/\d+(?:\.\d+)?|[-+*\/()]/', $expression, $m)) {
            return '';
        }
        $out = [];
        $ops = [];
        foreach ($m[0] as $tok) {
            if (is_numeric($tok)) {
                $out[] = (float) $tok;
            } elseif ($tok === '(') {
                $ops[] = $tok;
            } elseif ($tok === ')') {
                while ($ops && end($ops) !== '(') {
                    $out[] = array_pop($ops);
                }
                array_pop($ops);
            } else {
                while ($ops && end($ops) !== '(' && self::PRECEDENCE[end($ops)] >= self::PRECEDENCE[$tok]) {
                    $out[] = array_pop($ops);
                }
                $ops[] = $tok;
            }
        }
        while ($ops) {
            $out[] = array_pop($ops);
        }
        $stack = [];
        foreach ($out as $t) {
            if (is_float($t)) {
                $stack[] = $t;
                continue;
            }
            $b = array_pop($stack) ?? 0.0;
            $a = array_pop($stack) ?? 0.0;
            $stack[] = match ($t) {
                '+' => $a + $b,
                '-' => $a - $b,
                '*' => $a * $b,
                '/' => $b == 0.0 ? NAN : $a / $b,
            };
        }
        $result = $stack[0] ?? NAN;
        return is_nan($result) ? wfMessage('calc-error')->text() : (string) $result;
    }
}
