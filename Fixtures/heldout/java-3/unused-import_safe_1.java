package com.recipes.api;

import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecipeSearchController {

    private final RecipeIndex index;

    public RecipeSearchController(RecipeIndex index) {
        this.index = index;
    }

    @GetMapping("/recipes/search")
    public List<Recipe> search(@RequestParam @Nullable String q) {
        try {
            return index.search(q == null ? "" : q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/recipes/tags")
    public Map<String, Long> tags() throws IOException {
        return index.tagCounts();
    }
}
