package monitor

import (
	"net"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 5 * time.Second}

func Register(r *gin.Engine) {
	r.GET("/check/http", checkHTTP)
	r.GET("/check/tcp", checkTCP)
}

func checkHTTP(c *gin.Context) {
	resp, err := client.Get(c.Query("target")) // expect: ssrf
	if err != nil {
		c.JSON(http.StatusOK, gin.H{"up": false, "error": err.Error()})
		return
	}
	defer resp.Body.Close()
	c.JSON(http.StatusOK, gin.H{"up": resp.StatusCode < 500, "status": resp.StatusCode})
}

func checkTCP(c *gin.Context) {
	addr := net.JoinHostPort(c.Query("host"), c.Query("port"))
	conn, err := net.DialTimeout("tcp", addr, 3*time.Second) // expect: ssrf
	if err != nil {
		c.JSON(http.StatusOK, gin.H{"up": false})
		return
	}
	defer conn.Close()
	c.JSON(http.StatusOK, gin.H{"up": true, "remote": conn.RemoteAddr().String()})
}
