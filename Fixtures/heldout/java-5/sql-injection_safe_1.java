package controllers;

import io.ebean.Database;
import io.ebean.SqlRow;
import java.util.List;
import javax.inject.Inject;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

public class CatalogController extends Controller {

    private final Database db;

    @Inject
    public CatalogController(Database db) {
        this.db = db;
    }

    public Result search(Http.Request request) {
        String brand = request.queryString("brand").orElse("");
        long maxPrice = Long.parseLong(request.queryString("max").orElse("100000"));
        String where = " WHERE p.active = true";
        if (!brand.isEmpty()) {
            where += " AND b.name = :brand";
        }
        where += " AND p.price_cents <= :max";
        var query = db.sqlQuery("SELECT p.id, p.title, p.price_cents FROM product p JOIN brand b ON b.id = p.brand_id" + where)
                .setParameter("max", maxPrice)
                .setMaxRows(50);
        if (!brand.isEmpty()) {
            query.setParameter("brand", brand);
        }
        List<SqlRow> rows = query.findList();
        return ok(Json.toJson(rows));
    }

    public Result archive(Http.Request request, String sku) {
        String reason = request.body().asFormUrlEncoded().get("reason")[0];
        int changed = db.sqlUpdate("UPDATE product SET active = false, archive_reason = :reason WHERE sku = :sku")
                .setParameter("reason", reason)
                .setParameter("sku", sku)
                .execute();
        return changed == 1 ? noContent() : notFound();
    }
}
