package com.example.jooby;

import io.jooby.Context;
import io.jooby.Jooby;
import io.jooby.StatusCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Jooby 3 app: converts stored documents with LibreOffice on request. */
class ConvertApp extends Jooby {
    {
        post("/documents/{id}/convert", this::convert);
    }

    private Object convert(Context ctx) throws IOException, InterruptedException {
        String id = ctx.path("id").value();
        String format = ctx.query("to").value("pdf");
        List<String> command = new ArrayList<>();
        command.add("sh");
        command.add("-c");
        command.add(shellLine(id, format));
        Process process = new ProcessBuilder(command).inheritIO().start(); // expect: command-injection
        return process.waitFor() == 0 ? StatusCode.NO_CONTENT : StatusCode.SERVER_ERROR;
    }

    private static String shellLine(String id, String format) {
        String input = "/srv/docs/" + id + ".odt";
        return "soffice --headless --convert-to " + format + " --outdir /srv/out " + input;
    }
}
