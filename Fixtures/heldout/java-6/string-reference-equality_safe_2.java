package com.example.wicket;

import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Apache Wicket page: a recipe shown read-only or in edit mode, chosen by a page parameter. */
class RecipePage extends WebPage {
    enum Mode { VIEW, EDIT, PREVIEW }

    RecipePage(PageParameters parameters) {
        super(parameters);
        Mode mode = Mode.valueOf(parameters.get("mode").toString("view").toUpperCase(java.util.Locale.ROOT));
        Recipe recipe = Recipes.find(parameters.get("id").toLong());
        add(new Label("title", recipe.title()));
        add(new Label("mode", modeLabel(mode)));
        setVisibilityAllowed(recipe.isPublished() || mode != Mode.PREVIEW);
    }

    private static String modeLabel(Mode mode) {
        switch (mode) {
            case EDIT:
                return "Editing";
            default:
                return "Reading";
        }
    }
}
