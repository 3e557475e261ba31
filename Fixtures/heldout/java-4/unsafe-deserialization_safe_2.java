package com.example.dashboards;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Dropwizard resource: users import dashboard layouts exported from another workspace.
 * Widgets are polymorphic through {@code @JsonTypeInfo(use = NAME)} and {@code @JsonSubTypes} on the
 * Widget class, so only the listed subtypes can be created.
 */
@Path("/dashboards/import")
public class DashboardImportResource {
    private final ObjectMapper mapper = new ObjectMapper();
    private final DashboardDao dao;

    public DashboardImportResource(DashboardDao dao) {
        this.dao = dao;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importLayout(InputStream body) throws IOException {
        DashboardLayout layout = mapper.readValue(body, DashboardLayout.class);
        if (layout.widgets().size() > 200) {
            return Response.status(422).build();
        }
        long id = dao.insert(layout);
        return Response.status(201).entity(id).build();
    }
}
