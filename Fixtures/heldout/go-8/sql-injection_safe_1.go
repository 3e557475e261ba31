package catalog

import (
	"context"
	"strings"

	"github.com/upper/db/v4"
)

type SearchRequest struct {
	Shelf  string
	Author string
	SortBy string
}

type Book struct {
	ID     int64  `db:"id"`
	Title  string `db:"title"`
	Author string `db:"author"`
}

type Service struct {
	sess db.Session
}

var sortColumns = map[string]string{
	"title":  "title",
	"author": "author",
	"newest": "created_at DESC",
}

func (s *Service) FindBooks(ctx context.Context, req *SearchRequest) ([]Book, error) {
	parts := []string{"1=1"}
	args := []interface{}{}
	if req.Shelf != "" {
		parts = append(parts, "shelf = ?")
		args = append(args, req.Shelf)
	}
	if req.Author != "" {
		parts = append(parts, "author LIKE ?")
		args = append(args, "%"+req.Author+"%")
	}
	order, ok := sortColumns[req.SortBy]
	if !ok {
		order = "title"
	}
	query := "SELECT id, title, author FROM books WHERE " + strings.Join(parts, " AND ") + " ORDER BY " + order
	rows, err := s.sess.SQL().QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Book
	for rows.Next() {
		var b Book
		if err := rows.Scan(&b.ID, &b.Title, &b.Author); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

func (s *Service) Retitle(ctx context.Context, id int64, title string) error {
	_, err := s.sess.SQL().ExecContext(ctx, "UPDATE books SET title = ? WHERE id = ?", title, id)
	return err
}
