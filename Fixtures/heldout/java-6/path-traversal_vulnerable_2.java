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
import java.nio.file.StandardCopyOption;

/** Vaadin Flow view: attachments for a support ticket, kept on the shared volume. */
@Route("tickets/attachments")
class AttachmentView extends VerticalLayout {
    private static final String STORE = "/mnt/tickets/";

    AttachmentView(TicketContext ticket) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.addSucceededListener(event -> {
            Path target = Path.of(STORE, ticket.number(), event.getFileName());
            try (InputStream in = buffer.getInputStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING); // expect: path-traversal
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Notification.show("Attached " + target.getFileName());
        });
        add(upload);
    }

    static void discard(TicketContext ticket, String storedName) throws IOException {
        Files.delete(Path.of(STORE + ticket.number() + "/" + storedName)); // expect: path-traversal
    }
}
