<?php

namespace App\Presenters;

use Nette\Application\UI\Presenter;

final class DashboardPresenter extends Presenter
{
    private const WIDGETS = ['sales', 'traffic', 'stock', 'returns', 'support'];
    private const DEFAULT_WIDGETS = ['sales', 'traffic', 'stock'];

    private function widgetLayout(): array
    {
        $raw = $this->getHttpRequest()->getCookie('dash_layout');
        if ($raw === null) {
            return self::DEFAULT_WIDGETS;
        }
        $layout = json_decode($raw, true);
        if (!is_array($layout)) {
            return self::DEFAULT_WIDGETS;
        }
        return array_values(array_intersect($layout, self::WIDGETS));
    }

    public function handleSaveLayout(array $widgets): void
    {
        $this->getHttpResponse()->setCookie('dash_layout', json_encode(array_values($widgets)), '1 year');
        $this->redirect('this');
    }

    public function renderDefault(): void
    {
        $this->template->widgets = $this->widgetLayout();
    }
}
