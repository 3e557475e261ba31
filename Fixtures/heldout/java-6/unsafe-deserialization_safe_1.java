package com.example.vaadin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Vaadin Flow view: restore a saved board layout exported by the desktop client (JSON export). */
@Route("boards/import")
class BoardImportView extends VerticalLayout {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Grid<CardDto> cards = new Grid<>(CardDto.class);

    BoardImportView() {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.addSucceededListener(event -> cards.setItems(readBoard(buffer.getInputStream())));
        add(upload, cards);
    }

    private static List<CardDto> readBoard(InputStream raw) {
        try (InputStream in = raw) {
            return JSON.readValue(in, new TypeReference<List<CardDto>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
