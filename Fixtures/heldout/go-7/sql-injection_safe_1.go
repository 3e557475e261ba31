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

var productOrder = map[string]string{
	"PRICE_ASC":  "price ASC",
	"PRICE_DESC": "price DESC",
	"NEWEST":     "created_at DESC",
}

// productWhere returns the WHERE clause with ? placeholders and its arguments.
func productWhere(f *model.ProductFilter) (string, []interface{}) {
	parts := []string{"deleted_at IS NULL"}
	var args []interface{}
	if f.Brand != nil {
		parts = append(parts, "brand = ?")
		args = append(args, *f.Brand)
	}
	if f.NameContains != nil {
		parts = append(parts, "name ILIKE ?")
		args = append(args, "%"+*f.NameContains+"%")
	}
	return strings.Join(parts, " AND "), args
}

func (r *queryResolver) Products(ctx context.Context, filter *model.ProductFilter, sort *string) ([]*model.Product, error) {
	where, args := productWhere(filter)
	q := "SELECT id, name, brand, price FROM products WHERE " + where
	order := "name ASC"
	if sort != nil {
		if o, ok := productOrder[*sort]; ok {
			order = o
		}
	}
	q += " ORDER BY " + order
	var out []*model.Product
	if _, err := r.DB.QueryContext(ctx, &out, q, args...); err != nil {
		return nil, fmt.Errorf("products: %w", err)
	}
	return out, nil
}

func (r *mutationResolver) RenameCategory(ctx context.Context, id string, title string) (bool, error) {
	res, err := r.DB.ExecContext(ctx,
		"UPDATE categories SET title = ?, updated_at = now() WHERE id = ?", title, id)
	if err != nil {
		return false, fmt.Errorf("rename category: %w", err)
	}
	return res.RowsAffected() == 1, nil
}
