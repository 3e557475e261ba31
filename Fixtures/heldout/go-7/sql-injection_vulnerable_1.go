package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/go-pg/pg/v10"

	"example.com/shop/graph/model"
)

type Resolver struct {
	DB *pg.DB
}

type queryResolver struct{ *Resolver }

type mutationResolver struct{ *Resolver }

// productWhere turns the GraphQL filter into a WHERE clause.
func productWhere(f *model.ProductFilter) string {
	parts := []string{"deleted_at IS NULL"}
	if f.Brand != nil {
		parts = append(parts, "brand = '"+*f.Brand+"'")
	}
	if f.NameContains != nil {
		parts = append(parts, fmt.Sprintf("name ILIKE '%%%s%%'", *f.NameContains))
	}
	return strings.Join(parts, " AND ")
}

func (r *queryResolver) Products(ctx context.Context, filter *model.ProductFilter, sort *string) ([]*model.Product, error) {
	q := "SELECT id, name, brand, price FROM products WHERE " + productWhere(filter)
	if sort != nil {
		q += " ORDER BY " + *sort
	}
	var out []*model.Product
	if _, err := r.DB.QueryContext(ctx, &out, q); err != nil { // expect: sql-injection
		return nil, fmt.Errorf("products: %w", err)
	}
	return out, nil
}

func (r *mutationResolver) RenameCategory(ctx context.Context, id string, title string) (bool, error) {
	stmt := "UPDATE categories SET title = '" + title + "', updated_at = now() " +
		"WHERE id = " + id
	res, err := r.DB.ExecContext(ctx, stmt) // expect: sql-injection
	if err != nil {
		return false, fmt.Errorf("rename category: %w", err)
	}
	return res.RowsAffected() == 1, nil
}
