package main

import (
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, "<h2>Hello, "+name+"!</h2>") // expect: xss
}

func main() {
	r := gin.Default()
	r.GET("/notice", func(c *gin.Context) {
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<div class=notice>"+c.Query("msg")+"</div>")) // expect: xss
	})
	r.GET("/hello", gin.WrapF(hello))
	log.Fatal(r.Run(":8080"))
}
