package files

import (
	"io/ioutil"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

func Download(c *gin.Context) {
	c.File(filepath.Join("uploads", c.Param("name"))) // expect: path-traversal
}

func Static(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/files/")
	data, err := ioutil.ReadFile("public/" + name) // expect: path-traversal
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func Save(w http.ResponseWriter, r *http.Request) {
	body, err := ioutil.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	dir := r.URL.Query().Get("dir")
	if strings.HasPrefix(dir, "/srv/") {
		os.WriteFile(filepath.Join(dir, "note.txt"), body, 0o644) // expect: path-traversal
	}
}
