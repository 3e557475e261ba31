<?php
declare(strict_types=1);

namespace App\Shop;

use App\Models\Item;
use Psr\Log\LoggerInterface as Logger;

const VERSION = '1.2';
define('SHOP_NAME', 'corner');

/**
 * A cart holds items and prices them.
 */
abstract class Cart implements \Countable
{
    use HasDiscounts;

    /** The most a cart holds. */
    public const MAX_ITEMS = 10;

    private array $items = [];
    protected ?Logger $logger = null, $audit = null;

    public function __construct(private string $owner, protected readonly int $limit = 5)
    {
    }

    public function add(Item $item, int $quantity = 1): static
    {
        $this->items[] = [$item, $quantity];
        return $this;
    }

    public static function empty(): self
    {
        return new static('nobody');
    }

    abstract protected function price(Item $item): float;

    public function count(): int
    {
        return count($this->items);
    }
}

interface Pricer
{
    public function price(Cart $cart): float;
}

trait HasDiscounts
{
    private float $discount = 0.0;

    public function discount(float $rate): void
    {
        $this->discount = $rate;
    }
}

enum Currency: string
{
    case Euro = 'EUR';
    case Dollar = 'USD';

    public function symbol(): string
    {
        return match ($this) {
            Currency::Euro => '€',
            Currency::Dollar => '$',
        };
    }
}

/** Sums the carts' totals. */
function total(Cart ...$carts): float
{
    $sum = static fn(float $a, Cart $c) => $a + $c->count();
    return array_reduce($carts, $sum, 0.0);
}
?>
<p>Shop <?= SHOP_NAME ?></p>
