<?php

/** Formats cents as a price. */
function money(int $cents): string
//                 ^def $cents@money
{
    return sprintf('%d.%02d', intdiv($cents, 100), $cents % 100);
//                                   ^ref $cents@money
//                                                 ^ref $cents@money
}
