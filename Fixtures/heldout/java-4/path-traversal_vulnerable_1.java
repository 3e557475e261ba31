package com.example.claims.resources;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Dropwizard resource: photos attached to insurance claims. */
@javax.ws.rs.Path("/claims/{claimId}/photos")
public class ClaimPhotoResource {
    private static final String PHOTO_ROOT = "/var/lib/claims/photos";

    @GET
    @javax.ws.rs.Path("/{name}")
    public Response download(@PathParam("claimId") long claimId, @PathParam("name") String name) throws IOException {
        File photo = new File(PHOTO_ROOT + "/" + claimId, name);
        byte[] bytes = Files.readAllBytes(photo.toPath()); // expect: path-traversal
        return Response.ok(bytes, "image/jpeg").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(@PathParam("claimId") long claimId, @HeaderParam("X-File-Name") String fileName,
                           InputStream body) throws IOException {
        java.nio.file.Path dir = Paths.get(PHOTO_ROOT, Long.toString(claimId));
        Files.createDirectories(dir);
        Files.copy(body, dir.resolve(fileName), StandardCopyOption.REPLACE_EXISTING); // expect: path-traversal
        return Response.status(201).build();
    }
}
