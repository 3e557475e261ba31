<?php

declare(strict_types=1);

namespace App\Presenters;

use Nette\Application\Responses\TextResponse;
use Nette\Application\UI\Presenter;
use Nette\Utils\Html;

final class GuestbookPresenter extends Presenter
{
    public function __construct(private \App\Model\GuestbookRepository $entries)
    {
        parent::__construct();
    }

    public function actionSearch(string $q = ''): void
    {
        $count = $this->entries->countMatching($q);
        $this->sendResponse(new TextResponse(
            '<p>' . $count . ' entries mention <strong>' . htmlspecialchars($q, ENT_QUOTES | ENT_HTML5, 'UTF-8') . '</strong></p>'
        ));
    }

    public function renderDefault(): void
    {
        $items = [];
        foreach ($this->entries->latest(20) as $entry) {
            $items[] = Html::el('li')
                ->addHtml(Html::el('b')->setText($entry->author))
                ->addHtml(Html::el('div')->setText($entry->message));
        }
        $this->template->items = $items;
    }
}
