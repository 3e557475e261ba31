package catalog

import (
	"context"
	"fmt"
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

func shelfFilter(req *SearchRequest) string {
	parts := []string{"1=1"}
	if req.Shelf != "" {
		parts = append(parts, fmt.Sprintf("shelf = '%s'", req.Shelf))
	}
	if req.Author != "" {
		parts = append(parts, "author LIKE '%"+req.Author+"%'")
	}
	return strings.Join(parts, " AND ")
}

// FindBooks is the twirp method behind the catalogue search box.
func (s *Service) FindBooks(ctx context.Context, req *SearchRequest) ([]Book, error) {
	query := "SELECT id, title, author FROM books WHERE " + shelfFilter(req) + " ORDER BY " + req.SortBy
	rows, err := s.sess.SQL().QueryContext(ctx, query) // expect: sql-injection
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
	_, err := s.sess.SQL().ExecContext(ctx, fmt.Sprintf("UPDATE books SET title = '%s' WHERE id = %d", title, id)) // expect: sql-injection
	return err
}
