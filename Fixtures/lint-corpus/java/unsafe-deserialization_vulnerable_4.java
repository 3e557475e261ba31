package com.example.layouts;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Imports saved report layouts; the JSON carries each panel's class. */
@Path("/layouts")
public class LayoutImport {
    private final ObjectMapper json = new ObjectMapper();

    public LayoutImport() {
        json.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
    }

    @POST
    public Object load(InputStream body) throws IOException {
        return json.readValue(body, Object.class); // expect: unsafe-deserialization
    }
}
