package com.example.library.resources;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jdbi.v3.core.Jdbi;

/** Dropwizard resource for the branch library's catalogue, on JDBI 3. */
@Path("/books")
@Produces(MediaType.APPLICATION_JSON)
public class BookResource {
    private final Jdbi jdbi;

    public BookResource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @GET
    public List<Map<String, Object>> search(@QueryParam("q") String q, @QueryParam("branch") String branch) {
        String where = "title ILIKE '%" + q + "%'";
        if (branch != null) {
            where += " AND branch_code = '" + branch + "'";
        }
        final String sql = "SELECT id, title, author, shelf FROM books WHERE " + where + " LIMIT 50";
        return jdbi.withHandle(h -> h.createQuery(sql).mapToMap().list()); // expect: sql-injection
    }

    @POST
    @Path("/{id}/reserve")
    public int reserve(@PathParam("id") String id, @QueryParam("member") String member) {
        return jdbi.withHandle(h -> h.execute( // expect: sql-injection
                "UPDATE books SET reserved_by = '" + member + "' WHERE id = " + id + " AND reserved_by IS NULL"));
    }
}
