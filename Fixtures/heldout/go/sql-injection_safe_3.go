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
	const q = "SELECT id, email, list FROM subscribers WHERE email = $1"
	var sub Subscriber
	if err := s.db.QueryRowContext(ctx, q, email).Scan(&sub.ID, &sub.Email, &sub.List); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("find subscriber: %w", err)
	}
	return &sub, nil
}

// InLists returns subscribers on any of the given lists. The IN clause is
// generated as a list of numbered placeholders; the list names themselves
// are only ever passed as bind arguments.
func (s *Store) InLists(ctx context.Context, lists []string) ([]Subscriber, error) {
	if len(lists) == 0 {
		return nil, nil
	}
	placeholders := make([]string, len(lists))
	args := make([]interface{}, len(lists))
	for i, l := range lists {
		placeholders[i] = fmt.Sprintf("$%d", i+1)
		args[i] = l
	}
	query := "SELECT id, email, list FROM subscribers WHERE list IN (" + strings.Join(placeholders, ", ") + ") ORDER BY id"

	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("subscribers in lists: %w", err)
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

// Unsubscribe removes an address in a transaction and records an audit row.
func (s *Store) Unsubscribe(ctx context.Context, email, reason string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM subscribers WHERE email = $1", email); err != nil {
		if rbErr := tx.Rollback(); rbErr != nil {
			return fmt.Errorf("delete: %v (rollback: %v)", err, rbErr)
		}
		return fmt.Errorf("delete: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO audit_log (action, subject, note) VALUES ('unsubscribe', $1, $2)", email, reason); err != nil {
		if rbErr := tx.Rollback(); rbErr != nil {
			return fmt.Errorf("audit: %v (rollback: %v)", err, rbErr)
		}
		return fmt.Errorf("audit: %w", err)
	}
	return tx.Commit()
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
	case "/lists":
		subs, err := h.Store.InLists(r.Context(), r.URL.Query()["list"])
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d subscribers\n", len(subs))
	case "/unsubscribe":
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if err := h.Store.Unsubscribe(r.Context(), r.FormValue("email"), r.FormValue("reason")); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(w, r)
	}
}
