package catalog

import (
	"context"
	"strings"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

type ProductController struct{}

var sortColumns = map[string]string{"id": "id", "name": "name", "price": "price"}

func buildFilter(r *ghttp.Request) (string, []interface{}) {
	parts := []string{"deleted_at IS NULL"}
	args := []interface{}{}
	if brand := r.Get("brand").String(); brand != "" {
		parts = append(parts, "brand = ?")
		args = append(args, brand)
	}
	if tag := r.Get("tag").String(); tag != "" {
		parts = append(parts, "tags LIKE ?")
		args = append(args, "%"+tag+"%")
	}
	return strings.Join(parts, " AND "), args
}

func (c *ProductController) List(r *ghttp.Request) {
	ctx := r.Context()
	where, args := buildFilter(r)
	order, ok := sortColumns[r.Get("sort", "id").String()]
	if !ok {
		order = "id"
	}
	sql := "SELECT id, name, price FROM products WHERE " + where + " ORDER BY " + order
	rows, err := g.DB().GetAll(ctx, sql, args...)
	if err != nil {
		r.Response.WriteStatusExit(500, "query failed")
	}
	r.Response.WriteJsonExit(rows)
}

func (c *ProductController) Archive(r *ghttp.Request) {
	if err := archive(r.Context(), r.Get("sku").String()); err != nil {
		r.Response.WriteStatusExit(500, "archive failed")
	}
	r.Response.WriteStatusExit(204)
}

func archive(ctx context.Context, sku string) error {
	_, err := g.DB().Exec(ctx,
		"UPDATE products SET deleted_at = NOW() WHERE sku = ?", sku)
	return err
}
