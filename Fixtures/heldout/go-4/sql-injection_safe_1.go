package catalog

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/uptrace/bun"
)

type Product struct {
	bun.BaseModel `bun:"table:products"`
	ID            int64  `bun:"id,pk"`
	Name          string `bun:"name"`
	Brand         string `bun:"brand"`
	Price         int64  `bun:"price_cents"`
}

var sortColumns = map[string]string{
	"name":  "name",
	"price": "price_cents",
	"new":   "created_at",
}

type Store struct {
	db *bun.DB
}

func (s *Store) list(ctx context.Context, brand string, maxPrice int64, sort string) ([]Product, error) {
	col, ok := sortColumns[sort]
	if !ok {
		col = "name"
	}
	var out []Product
	q := s.db.NewSelect().Model(&out).Limit(50)
	if brand != "" {
		q = q.Where("brand = ?", brand)
	}
	if maxPrice > 0 {
		q = q.Where("price_cents <= ?", maxPrice)
	}
	err := q.OrderExpr("? ASC", bun.Ident(col)).Scan(ctx)
	return out, err
}

func (s *Store) List(w http.ResponseWriter, r *http.Request) {
	var maxPrice int64
	if v := r.URL.Query().Get("max"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			http.Error(w, "max must be a number", http.StatusBadRequest)
			return
		}
		maxPrice = n
	}
	items, err := s.list(r.Context(), r.URL.Query().Get("brand"), maxPrice, r.URL.Query().Get("sort"))
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	for _, p := range items {
		fmt.Fprintf(w, "%d\t%s\n", p.ID, p.Name)
	}
}

func (s *Store) Count(w http.ResponseWriter, r *http.Request) {
	var n int
	err := s.db.NewRaw("SELECT count(*) FROM products WHERE category = ?", chi.URLParam(r, "category")).Scan(r.Context(), &n)
	if err != nil {
		http.Error(w, "count failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "%d\n", n)
}
