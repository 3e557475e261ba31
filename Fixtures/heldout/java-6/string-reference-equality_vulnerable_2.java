package com.example.wicket;

import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Apache Wicket page: a recipe shown read-only or in edit mode, chosen by a page parameter. */
class RecipePage extends WebPage {

    RecipePage(PageParameters parameters) {
        super(parameters);
        String mode = parameters.get("mode").toString("view");
        Recipe recipe = Recipes.find(parameters.get("id").toLong());
        add(new Label("title", recipe.title()));
        add(new Label("mode", modeLabel(mode)));
        setVisibilityAllowed(recipe.isPublished() || mode != "preview"); // expect: string-reference-equality
    }

    private static String modeLabel(String mode) {
        return mode == "edit" ? "Editing" : "Reading"; // expect: string-reference-equality
    }
}
