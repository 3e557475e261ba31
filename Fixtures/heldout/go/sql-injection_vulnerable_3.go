// Package store contains the persistence layer for the newsletter service.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"strings"

	_ "github.com/lib/pq"
)

var ErrNotFound = errors.New("subscriber not found")

type Subscriber struct {
	ID    int64
	Email string
	List  string
}

type Store struct {
	db *sql.DB
}

func New(db *sql.DB) *Store {
	return &Store{db: db}
}

// FindByEmail looks a subscriber up by address.
func (s *Store) FindByEmail(ctx context.Context, email string) (*Subscriber, error) {
	var sub Subscriber
	row := s.db.QueryRowContext(ctx, "SELECT id, email, list FROM subscribers WHERE email = '"+email+"'") // expect: sql-injection
	if err := row.Scan(&sub.ID, &sub.Email, &sub.List); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("find subscriber: %w", err)
	}
	return &sub, nil
}

// Search does a prefix search over addresses on the given lists.
func (s *Store) Search(ctx context.Context, prefix string, lists []string) ([]Subscriber, error) {
	var b strings.Builder
	b.WriteString("SELECT id, email, list FROM subscribers WHERE email LIKE '")
	b.WriteString(prefix)
	b.WriteString("%'")
	if len(lists) > 0 {
		b.WriteString(" AND list IN ('")
		b.WriteString(strings.Join(lists, "','"))
		b.WriteString("')")
	}

	rows, err := s.db.QueryContext(ctx, b.String()) // expect: sql-injection
	if err != nil {
		return nil, fmt.Errorf("search subscribers: %w", err)
	}
	defer rows.Close()

	var out []Subscriber
	for rows.Next() {
		var sub Subscriber
		if err := rows.Scan(&sub.ID, &sub.Email, &sub.List); err != nil {
			return nil, fmt.Errorf("scan subscriber: %w", err)
		}
		out = append(out, sub)
	}
	return out, rows.Err()
}

// Handler wires the store to HTTP.
type Handler struct {
	Store *Store
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/lookup":
		sub, err := h.Store.FindByEmail(r.Context(), r.FormValue("email"))
		if errors.Is(err, ErrNotFound) {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d\n", sub.ID)
	case "/search":
		q := r.URL.Query()
		subs, err := h.Store.Search(r.Context(), q.Get("prefix"), q["list"])
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d matches\n", len(subs))
	default:
		http.NotFound(w, r)
	}
}
