<?php
// A wiki parser function: {{#calc: 2 * (3 + 4)}} evaluates the page's expression.
final class CalcHooks
{
    public static function renderCalc($parser, string $expression = ''): string
    {
        $expression = trim($expression);
        if ($expression === '') {
            return '';
        }
        $result = eval('return ' . $expression . ';'); // expect: code-injection
        return is_numeric($result) ? (string) $result : 'error';
    }
}
