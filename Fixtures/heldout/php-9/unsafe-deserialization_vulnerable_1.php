<?php

namespace App\Presenters;

use Nette\Application\UI\Presenter;

final class DashboardPresenter extends Presenter
{
    private const DEFAULT_WIDGETS = ['sales', 'traffic', 'stock'];

    private function widgetLayout(): array
    {
        $raw = $this->getHttpRequest()->getCookie('dash_layout');
        if ($raw === null) {
            return self::DEFAULT_WIDGETS;
        }
        $layout = unserialize(base64_decode($raw)); // expect: unsafe-deserialization
        return is_array($layout) ? $layout : self::DEFAULT_WIDGETS;
    }

    public function handleSaveLayout(array $widgets): void
    {
        $this->getHttpResponse()->setCookie('dash_layout', base64_encode(serialize($widgets)), '1 year');
        $this->redirect('this');
    }

    public function renderDefault(): void
    {
        $this->template->widgets = $this->widgetLayout();
    }
}
