<?php
function mymodule_search_form_submit(array &$form, FormStateInterface $form_state)
{
    $term = $form_state->getValue('term');
    $rows = \Drupal::database()->query('SELECT nid FROM node_field_data WHERE title LIKE :t', [':t' => '%' . $term . '%'])->fetchAll();
    $form_state->set('rows', $rows);
}

final class ReportController extends AbstractController
{
    public function filter(Request $request, Connection $db): Response
    {
        $form = $this->createForm(FilterType::class);
        $form->handleRequest($request);
        $filter = $form->getData();
        $rows = $db->fetchAllAssociative('SELECT * FROM reports WHERE owner = ?', [$filter['owner']]);
        return $this->json($rows);
    }
}
