package controllers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import play.libs.Files.TemporaryFile;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

public class AttachmentsController extends Controller {

    private static final String STORE = "/var/lib/helpdesk/attachments";

    public Result download(String ticket, String name) {
        File file = new File(STORE + File.separator + ticket, name);
        if (!file.isFile()) {
            return notFound();
        }
        return ok(file, false); // expect: path-traversal
    }

    public Result upload(Http.Request request, String ticket) throws java.io.IOException {
        Http.MultipartFormData<TemporaryFile> body = request.body().asMultipartFormData();
        Http.MultipartFormData.FilePart<TemporaryFile> part = body.getFile("attachment");
        if (part == null) {
            return badRequest("attachment missing");
        }
        Path target = Path.of(STORE, ticket, part.getFilename());
        Files.createDirectories(target.getParent());
        Files.move(part.getRef().path(), target, StandardCopyOption.REPLACE_EXISTING); // expect: path-traversal
        return created(target.getFileName().toString());
    }
}
