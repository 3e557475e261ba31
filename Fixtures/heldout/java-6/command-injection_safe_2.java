package com.example.jooby;

import io.jooby.Context;
import io.jooby.Jooby;
import io.jooby.StatusCode;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Jooby 3 app: converts stored documents with LibreOffice on request. */
class ConvertApp extends Jooby {
    private static final Set<String> FORMATS = Set.of("pdf", "docx", "txt");

    {
        post("/documents/{id}/convert", this::convert);
    }

    private Object convert(Context ctx) throws IOException, InterruptedException {
        long id = ctx.path("id").longValue();
        String format = ctx.query("to").value("pdf");
        if (!FORMATS.contains(format)) {
            return StatusCode.BAD_REQUEST;
        }
        List<String> command = List.of("soffice", "--headless", "--convert-to", format,
                "--outdir", "/srv/out", "/srv/docs/" + id + ".odt");
        Process process = new ProcessBuilder(command).inheritIO().start();
        return process.waitFor() == 0 ? StatusCode.NO_CONTENT : StatusCode.SERVER_ERROR;
    }
}
