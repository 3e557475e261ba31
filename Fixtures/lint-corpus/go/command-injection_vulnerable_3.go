package main

import (
	"flag"
	"log"
	"net/http"
	"os"
	"os/exec"
)

var outDir string

func main() {
	flag.StringVar(&outDir, "out", "/var/backups", "where archives go")
	host := flag.String("host", "", "database host")
	flag.Parse()

	dump := exec.Command("sh", "-c", "pg_dump -h "+*host+" shop > "+outDir+"/shop.sql") // expect: command-injection
	dump.Stdout = os.Stdout
	if err := dump.Run(); err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/notify", notify)
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", nil))
}

func notify(w http.ResponseWriter, r *http.Request) {
	text := r.FormValue("text")
	args := []string{"-c", "logger -t backup '" + text + "'"}
	if err := exec.Command("bash", args...).Run(); err != nil { // expect: command-injection
		http.Error(w, "failed", http.StatusInternalServerError)
	}
}
