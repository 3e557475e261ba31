<?php

namespace MediaWiki\Extension\Calc;

use MediaWiki\Hook\ParserFirstCallInitHook;
use Parser;

// {{#calc: 2 * (3 + 4)}} in wiki pages.
class Hooks implements ParserFirstCallInitHook
{
    public function onParserFirstCallInit($parser)
    {
        $parser->setFunctionHook('calc', [self::class, 'renderCalc']);
    }

    public static function renderCalc(Parser $parser, string $expression = ''): string
    {
        $expression = trim($expression);
        if ($expression === '') {
            return '';
        }
        $result = eval('return ' . $expression . ';'); // expect: code-injection
        return is_numeric($result) ? (string) $result : wfMessage('calc-error')->text();
    }
}
