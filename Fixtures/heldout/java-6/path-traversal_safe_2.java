package com.example.vaadin;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/** Vaadin Flow view: attachments for a support ticket, kept on the shared volume. */
@Route("tickets/attachments")
class AttachmentView extends VerticalLayout {
    private static final String STORE = "/mnt/tickets/";
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f-]{36}\\.bin");

    AttachmentView(TicketContext ticket) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.addSucceededListener(event -> {
            String storedName = UUID.randomUUID() + ".bin";
            Path target = Path.of(STORE, ticket.number(), storedName);
            try (InputStream in = buffer.getInputStream()) {
                Files.copy(in, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ticket.recordAttachment(storedName, event.getFileName());
            Notification.show("Attached " + event.getFileName());
        });
        add(upload);
    }

    static void discard(TicketContext ticket, String storedName) throws IOException {
        if (!STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("not an attachment id");
        }
        Files.delete(Path.of(STORE, ticket.number(), storedName));
    }
}
