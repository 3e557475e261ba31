package com.recipes.api;

import java.io.File; // expect: unused-import
import java.util.List;
import java.util.Optional; // expect: unused-import
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecipeController {

    private final RecipeRepository recipes;

    public RecipeController(RecipeRepository recipes) {
        this.recipes = recipes;
    }

    @GetMapping("/recipes/{cuisine}")
    public List<Recipe> byCuisine(@PathVariable String cuisine) {
        return recipes.findByCuisineOrderByRatingDesc(cuisine);
    }
}
