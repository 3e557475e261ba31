package hooks

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type subscription struct {
	Callback string `json:"callback"`
	Event    string `json:"event"`
}

func Register(r *gin.Engine, client *http.Client) {
	r.POST("/subscriptions/verify", func(c *gin.Context) {
		var sub subscription
		if err := c.ShouldBindJSON(&sub); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		payload, err := json.Marshal(map[string]string{"event": sub.Event, "challenge": "ping"})
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		resp, err := http.Post(sub.Callback, "application/json", bytes.NewReader(payload)) // expect: ssrf
		if err != nil {
			c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
			return
		}
		defer resp.Body.Close()
		c.JSON(http.StatusOK, gin.H{"status": resp.StatusCode})
	})

	r.GET("/unfurl", func(c *gin.Context) {
		resp, err := client.Get(c.Query("link")) // expect: ssrf
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		head, err := io.ReadAll(io.LimitReader(resp.Body, 4096))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		c.Data(http.StatusOK, "text/plain; charset=utf-8", head)
	})
}
