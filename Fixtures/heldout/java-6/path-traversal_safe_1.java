package com.example.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;

/** Undertow handler serving generated invoices: /invoices?customer=..&file=.. */
class InvoiceDownloadHandler implements HttpHandler {
    private static final Path ROOT = Path.of("/var/lib/billing/invoices").toAbsolutePath().normalize();

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        Deque<String> customer = exchange.getQueryParameters().get("customer");
        Deque<String> file = exchange.getQueryParameters().get("file");
        if (customer == null || file == null) {
            reject(exchange);
            return;
        }
        Path invoice = ROOT.resolve(customer.getFirst()).resolve(file.getFirst()).normalize();
        if (!invoice.startsWith(ROOT) || !invoice.getFileName().toString().endsWith(".pdf")) {
            reject(exchange);
            return;
        }
        byte[] pdf = Files.readAllBytes(invoice);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/pdf");
        exchange.getResponseSender().send(ByteBuffer.wrap(pdf));
    }

    private static void reject(HttpServerExchange exchange) {
        exchange.setStatusCode(StatusCodes.BAD_REQUEST);
        exchange.endExchange();
    }
}
