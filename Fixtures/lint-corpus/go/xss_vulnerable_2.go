package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func Profile(c *gin.Context) {
	bio := c.PostForm("bio")
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<section class=\"bio\">"+bio+"</section>")) // expect: xss
}

func Error(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("msg")
	w.WriteHeader(http.StatusBadRequest)
	w.Write([]byte("<div class=\"error\">" + msg + "</div>")) // expect: xss
}
