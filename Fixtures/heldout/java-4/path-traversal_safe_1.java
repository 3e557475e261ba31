package com.example.claims.resources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Dropwizard resource: photos attached to insurance claims. */
@javax.ws.rs.Path("/claims/{claimId}/photos")
public class ClaimPhotoResource {
    private static final Path PHOTO_ROOT = Paths.get("/var/lib/claims/photos").toAbsolutePath().normalize();

    @GET
    @javax.ws.rs.Path("/{name}")
    public Response download(@PathParam("claimId") long claimId, @PathParam("name") String name) throws IOException {
        Path dir = PHOTO_ROOT.resolve(Long.toString(claimId));
        Path photo = dir.resolve(name).normalize();
        if (!photo.startsWith(dir) || !Files.isRegularFile(photo)) {
            throw new NotFoundException();
        }
        return Response.ok(Files.readAllBytes(photo), "image/jpeg").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(@PathParam("claimId") long claimId, InputStream body) throws IOException {
        Path dir = PHOTO_ROOT.resolve(Long.toString(claimId));
        Files.createDirectories(dir);
        String stored = UUID.randomUUID() + ".jpg";
        Files.copy(body, dir.resolve(stored), StandardCopyOption.REPLACE_EXISTING);
        return Response.status(201).entity(stored).build();
    }
}
