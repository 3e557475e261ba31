package com.example.reports;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.regex.Pattern;

/** Vert.x service that serves and prunes generated PDF reports. */
public class ReportFilesVerticle extends AbstractVerticle {
    private static final String REPORT_DIR = "/srv/reports/";
    private static final Pattern TENANT = Pattern.compile("^[a-z0-9-]{1,40}$");
    private static final Pattern REPORT = Pattern.compile("^report-\\d{8}-\\d{4}\\.pdf$");

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/reports/:tenant/:file").handler(this::serve);
        router.delete("/reports/:tenant/:file").handler(this::remove);
        vertx.createHttpServer().requestHandler(router).listen(8091);
    }

    private String reportPath(RoutingContext ctx) {
        String tenant = ctx.pathParam("tenant");
        String file = ctx.pathParam("file");
        if (tenant == null || file == null || !TENANT.matcher(tenant).matches() || !REPORT.matcher(file).matches()) {
            return null;
        }
        return REPORT_DIR + tenant + "/" + file;
    }

    private void serve(RoutingContext ctx) {
        String path = reportPath(ctx);
        if (path == null) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        ctx.response().putHeader("Content-Type", "application/pdf").sendFile(path);
    }

    private void remove(RoutingContext ctx) {
        String path = reportPath(ctx);
        if (path == null) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        vertx.fileSystem().delete(path)
             .onSuccess(v -> ctx.response().setStatusCode(204).end())
             .onFailure(err -> ctx.response().setStatusCode(404).end());
    }
}
