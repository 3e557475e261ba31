package catalog

import (
	"context"
	"strings"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

type ProductController struct{}

func buildFilter(r *ghttp.Request) string {
	parts := []string{"deleted_at IS NULL"}
	if brand := r.Get("brand").String(); brand != "" {
		parts = append(parts, "brand = '"+brand+"'")
	}
	if tag := r.Get("tag").String(); tag != "" {
		parts = append(parts, "tags LIKE '%"+tag+"%'")
	}
	return strings.Join(parts, " AND ")
}

func (c *ProductController) List(r *ghttp.Request) {
	ctx := r.Context()
	sql := "SELECT id, name, price FROM products WHERE " + buildFilter(r) + " ORDER BY " + r.Get("sort", "id").String()
	rows, err := g.DB().GetAll(ctx, sql) // expect: sql-injection
	if err != nil {
		r.Response.WriteStatusExit(500, "query failed")
	}
	r.Response.WriteJsonExit(rows)
}

func (c *ProductController) Archive(r *ghttp.Request) {
	sku := r.Get("sku").String()
	if err := archive(r.Context(), sku); err != nil {
		r.Response.WriteStatusExit(500, "archive failed")
	}
	r.Response.WriteStatusExit(204)
}

func archive(ctx context.Context, sku string) error {
	_, err := g.DB().Exec(ctx, // expect: sql-injection
		"UPDATE products SET deleted_at = NOW() WHERE sku = '"+sku+"'")
	return err
}
