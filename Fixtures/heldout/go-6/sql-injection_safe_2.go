package controllers

import (
	sq "github.com/Masterminds/squirrel"
	"github.com/beego/beego/v2/client/orm"
	beego "github.com/beego/beego/v2/server/web"
)

type TicketController struct {
	beego.Controller
}

type Ticket struct {
	Id      int64
	Subject string
	Status  string
}

func (c *TicketController) Search() {
	o := orm.NewOrm()
	status := c.GetString("status")
	var tickets []Ticket
	query := "SELECT id, subject, status FROM ticket WHERE status = ? ORDER BY id DESC"
	if _, err := o.Raw(query, status).QueryRows(&tickets); err != nil {
		c.CustomAbort(500, "lookup failed")
		return
	}
	c.Data["json"] = tickets
	c.ServeJSON()
}

func (c *TicketController) Assigned() {
	agent := c.GetString("agent")
	sql, args, err := sq.Select("id", "subject").
		From("ticket").
		Where(sq.Eq{"assignee": agent}).
		ToSql()
	if err != nil {
		c.CustomAbort(400, "bad filter")
		return
	}
	var tickets []Ticket
	if _, err := orm.NewOrm().Raw(sql, args...).QueryRows(&tickets); err != nil {
		c.CustomAbort(500, "lookup failed")
		return
	}
	c.Data["json"] = tickets
	c.ServeJSON()
}
