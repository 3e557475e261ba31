package logic

import (
	"context"
	"strings"

	"github.com/zeromicro/go-zero/core/logx"

	"shop/internal/svc"
	"shop/internal/types"
)

type Product struct {
	ID    int64   `db:"id"`
	Name  string  `db:"name"`
	Brand string  `db:"brand"`
	Price float64 `db:"price"`
}

var sortColumns = map[string]string{
	"price": "price",
	"name":  "name",
	"new":   "created_at DESC",
}

type SearchProductsLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewSearchProductsLogic(ctx context.Context, svcCtx *svc.ServiceContext) *SearchProductsLogic {
	return &SearchProductsLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func buildFilter(req *types.SearchReq) (string, []any) {
	var parts []string
	var args []any
	if req.Brand != "" {
		parts = append(parts, "brand = ?")
		args = append(args, req.Brand)
	}
	if req.Keyword != "" {
		parts = append(parts, "name LIKE CONCAT('%', ?, '%')")
		args = append(args, req.Keyword)
	}
	if len(parts) == 0 {
		return "1=1", nil
	}
	return strings.Join(parts, " AND "), args
}

func (l *SearchProductsLogic) Search(req *types.SearchReq) ([]Product, error) {
	where, args := buildFilter(req)
	order, ok := sortColumns[req.Sort]
	if !ok {
		order = "id"
	}
	query := "SELECT id, name, brand, price FROM products WHERE " + where + " ORDER BY " + order + " LIMIT 50"
	var rows []Product
	if err := l.svcCtx.Conn.QueryRowsCtx(l.ctx, &rows, query, args...); err != nil {
		return nil, err
	}
	return rows, nil
}

func (l *SearchProductsLogic) Rename(req *types.RenameReq) error {
	_, err := l.svcCtx.Conn.ExecCtx(l.ctx,
		"UPDATE products SET name = ? WHERE id = ?", req.NewName, req.ID)
	if err != nil {
		l.Errorf("rename %s: %v", req.ID, err)
	}
	return err
}
