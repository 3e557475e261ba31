package main

import (
	"database/sql"
	"html/template"
	"log"
	"net/http"

	_ "github.com/go-sql-driver/mysql"
)

type profile struct {
	Handle string
	Bio    string
	Badge  template.HTML
}

const staffBadge = template.HTML(`<span class="badge">staff</span>`)

var page = template.Must(template.New("p").Parse(
	`<html><body><h2>@{{.Handle}} {{.Badge}}</h2><div class="bio">{{.Bio}}</div></body></html>`))

type app struct {
	db *sql.DB
}

func (a *app) loadProfile(handle string) (profile, error) {
	var p profile
	var staff bool
	err := a.db.QueryRow("SELECT handle, bio, is_staff FROM members WHERE handle = ?", handle).Scan(&p.Handle, &p.Bio, &staff)
	if staff {
		p.Badge = staffBadge
	}
	return p, err
}

func (a *app) show(w http.ResponseWriter, r *http.Request) {
	p, err := a.loadProfile(r.PathValue("handle"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if err := page.Execute(w, p); err != nil {
		log.Printf("render: %v", err)
	}
}

func main() {
	db, err := sql.Open("mysql", "forum@/forum")
	if err != nil {
		log.Fatal(err)
	}
	a := &app{db: db}
	http.HandleFunc("GET /u/{handle}", a.show)
	log.Fatal(http.ListenAndServe(":8090", nil))
}
