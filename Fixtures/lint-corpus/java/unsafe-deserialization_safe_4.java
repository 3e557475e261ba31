package com.example.layouts;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The same import into a fixed class; panel subtypes are named by annotations. */
@Path("/layouts")
public class LayoutImport {
    private final ObjectMapper json = new ObjectMapper();

    @POST
    public Layout load(InputStream body) throws IOException {
        return json.readValue(body, Layout.class);
    }
}
