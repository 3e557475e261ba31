package com.acme.library.web;

import java.time.Year;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BookController {

    private final BookRepository books;

    public BookController(BookRepository books) {
        this.books = books;
    }

    @GetMapping("/books")
    public List<Book> search(@RequestParam(defaultValue = "") String title, @RequestParam(required = false) Integer since) {
        int from = since != null ? since : Year.now().getValue() - 10;
        return books.findByTitleContainingIgnoreCaseAndYearGreaterThanEqual(title, from);
    }
}
