package logic

import (
	"context"
	"fmt"
	"strings"

	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/core/stores/sqlx"

	"shop/internal/svc"
	"shop/internal/types"
)

type Product struct {
	ID    int64   `db:"id"`
	Name  string  `db:"name"`
	Brand string  `db:"brand"`
	Price float64 `db:"price"`
}

type SearchProductsLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewSearchProductsLogic(ctx context.Context, svcCtx *svc.ServiceContext) *SearchProductsLogic {
	return &SearchProductsLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func buildFilter(req *types.SearchReq) string {
	var parts []string
	if req.Brand != "" {
		parts = append(parts, "brand = '"+req.Brand+"'")
	}
	if req.Keyword != "" {
		parts = append(parts, fmt.Sprintf("name LIKE '%%%s%%'", req.Keyword))
	}
	if len(parts) == 0 {
		return "1=1"
	}
	return strings.Join(parts, " AND ")
}

func (l *SearchProductsLogic) Search(req *types.SearchReq) ([]Product, error) {
	var conn sqlx.SqlConn = l.svcCtx.Conn
	query := "SELECT id, name, brand, price FROM products WHERE " + buildFilter(req) + " LIMIT 50"
	var rows []Product
	if err := conn.QueryRowsCtx(l.ctx, &rows, query); err != nil { // expect: sql-injection
		return nil, err
	}
	return rows, nil
}

func (l *SearchProductsLogic) Rename(req *types.RenameReq) error {
	_, err := l.svcCtx.Conn.ExecCtx(l.ctx, // expect: sql-injection
		"UPDATE products SET name = '"+req.NewName+"' WHERE id = "+req.ID)
	if err != nil {
		l.Errorf("rename %s: %v", req.ID, err)
	}
	return err
}
