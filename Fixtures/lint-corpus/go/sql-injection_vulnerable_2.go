// Command grades prints the grades of the students named on the command line.
package main

import (
	"database/sql"
	"fmt"
	"log"
	"os"
	"strings"

	_ "github.com/lib/pq"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	names := os.Args[1:]
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	rows, err := db.Query("SELECT name, grade FROM students WHERE name IN (" + strings.Join(quoted, ",") + ")") // expect: sql-injection
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var grade int
		if err := rows.Scan(&name, &grade); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d\n", name, grade)
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
}
