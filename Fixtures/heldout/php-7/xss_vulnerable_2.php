<?php

namespace MediaWiki\Extension\Glossary;

use SpecialPage;

// Special:Glossary?term=... shows the definition of a term from the glossary table.
class SpecialGlossary extends SpecialPage
{
    public function __construct()
    {
        parent::__construct('Glossary');
    }

    public function execute($subPage)
    {
        $this->setHeaders();
        $term = $this->getRequest()->getText('term', $subPage ?? '');
        $dbr = $this->getDBLoadBalancer()->getConnection(DB_REPLICA);
        $definition = $dbr->newSelectQueryBuilder()
            ->select('gl_definition')
            ->from('glossary')
            ->where(['gl_term' => $term])
            ->caller(__METHOD__)
            ->fetchField();

        $html = '<h2>' . $term . '</h2>';
        $html .= $definition === false
            ? '<p class="glossary-missing">No definition yet.</p>'
            : '<p>' . htmlspecialchars($definition) . '</p>';
        $this->getOutput()->addHTML($html); // expect: xss
    }
}
