package main

import (
	"html"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func hello(w http.ResponseWriter, r *http.Request) {
	name := html.EscapeString(r.URL.Query().Get("name"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, "<h2>Hello, "+name+"!</h2>")
}

func main() {
	r := gin.Default()
	r.GET("/notice", func(c *gin.Context) {
		c.String(http.StatusOK, "Notice: %s", c.Query("msg"))
	})
	r.GET("/notice.json", func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"notice": c.Query("msg")})
	})
	r.GET("/hello", gin.WrapF(hello))
	log.Fatal(r.Run(":8080"))
}
