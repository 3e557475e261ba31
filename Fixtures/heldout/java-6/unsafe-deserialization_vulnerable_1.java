package com.example.vaadin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Route;

import java.beans.XMLDecoder;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.List;

/** Vaadin Flow view: restore a saved board layout exported by the desktop client (java.beans XML). */
@Route("boards/import")
class BoardImportView extends VerticalLayout {
    private final Grid<CardDto> cards = new Grid<>(CardDto.class);

    BoardImportView() {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.addSucceededListener(event -> cards.setItems(readBoard(buffer.getInputStream())));
        add(upload, cards);
    }

    @SuppressWarnings("unchecked")
    private static List<CardDto> readBoard(InputStream raw) {
        try (XMLDecoder decoder = new XMLDecoder(new BufferedInputStream(raw))) {
            return (List<CardDto>) decoder.readObject(); // expect: unsafe-deserialization
        }
    }
}
