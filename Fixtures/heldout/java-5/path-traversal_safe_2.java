package controllers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import play.libs.Files.TemporaryFile;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

public class AttachmentsController extends Controller {

    private static final String STORE = "/var/lib/helpdesk/attachments";
    private static final Pattern TICKET = Pattern.compile("[0-9]{1,10}");
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f-]{36}");

    public Result download(String ticket, String name) {
        if (!TICKET.matcher(ticket).matches() || !STORED_NAME.matcher(name).matches()) {
            return badRequest();
        }
        File file = new File(STORE + File.separator + ticket, name);
        if (!file.isFile()) {
            return notFound();
        }
        return ok(file, false);
    }

    public Result upload(Http.Request request, String ticket) throws java.io.IOException {
        if (!TICKET.matcher(ticket).matches()) {
            return badRequest();
        }
        Http.MultipartFormData<TemporaryFile> body = request.body().asMultipartFormData();
        Http.MultipartFormData.FilePart<TemporaryFile> part = body.getFile("attachment");
        if (part == null) {
            return badRequest("attachment missing");
        }
        String stored = UUID.randomUUID().toString();
        Path target = Path.of(STORE, ticket, stored);
        Files.createDirectories(target.getParent());
        Files.move(part.getRef().path(), target, StandardCopyOption.REPLACE_EXISTING);
        AttachmentIndex.record(ticket, stored, part.getFilename());
        return created(stored);
    }
}
