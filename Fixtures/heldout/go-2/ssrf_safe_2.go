package monitor

import (
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"
)

const statusAPI = "https://status.internal.example.com/api/v1/services/"

var client = &http.Client{Timeout: 5 * time.Second}

func Register(r *gin.Engine) {
	r.GET("/check/:service", checkService)
}

func checkService(c *gin.Context) {
	resp, err := client.Get(statusAPI + url.PathEscape(c.Param("service")))
	if err != nil {
		c.JSON(http.StatusOK, gin.H{"up": false, "error": "status api unreachable"})
		return
	}
	defer resp.Body.Close()
	c.JSON(http.StatusOK, gin.H{"up": resp.StatusCode == http.StatusOK})
}
