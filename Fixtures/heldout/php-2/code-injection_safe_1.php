<?php
// Calculator without eval: a tiny shunting-yard evaluator for + - * / and parentheses.
function calculate(string $expr): ?float
{
    if (!preg_match_all('/\d+(?:\.\d+)?|[-+*\/()]/', $expr, $m)) {
        return null;
    }
    $out = [];
    $ops = [];
    $prec = ['+' => 1, '-' => 1, '*' => 2, '/' => 2];
    $apply = function () use (&$out, &$ops) {
        $op = array_pop($ops);
        $b = array_pop($out);
        $a = array_pop($out);
        $out[] = match ($op) { '+' => $a + $b, '-' => $a - $b, '*' => $a * $b, '/' => $b == 0 ? NAN : $a / $b };
    };
    foreach ($m[0] as $tok) {
        if (is_numeric($tok)) { $out[] = (float) $tok; }
        elseif ($tok === '(') { $ops[] = $tok; }
        elseif ($tok === ')') { while ($ops && end($ops) !== '(') { $apply(); } array_pop($ops); }
        else { while ($ops && end($ops) !== '(' && $prec[end($ops)] >= $prec[$tok]) { $apply(); } $ops[] = $tok; }
    }
    while ($ops) { $apply(); }
    return $out[0] ?? null;
}

$expression = $_GET['expr'] ?? '';
$result = $expression === '' ? null : calculate($expression);
?>
<p>Result: <?= htmlspecialchars(var_export($result, true)) ?></p>
