package com.example.dashboards;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Dropwizard resource: users import dashboard layouts exported from another workspace. */
@Path("/dashboards/import")
public class DashboardImportResource {
    private final ObjectMapper mapper = new ObjectMapper();
    private final DashboardDao dao;

    public DashboardImportResource(DashboardDao dao) {
        this.dao = dao;
        // widgets are polymorphic, so the export carries each widget's class name
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.EVERYTHING);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importLayout(InputStream body) throws IOException {
        Object layout = mapper.readValue(body, Object.class); // expect: unsafe-deserialization
        if (!(layout instanceof DashboardLayout)) {
            return Response.status(422).build();
        }
        long id = dao.insert((DashboardLayout) layout);
        return Response.status(201).entity(id).build();
    }
}
